package org.neighborhoodcapital.events.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.events.participants.directory.AcceptEveryParticipant;
import org.neighborhoodcapital.events.participants.domain.ParticipantDirectory;
import org.neighborhoodcapital.events.participants.messaging.ParticipantsListener;
import org.neighborhoodcapital.events.participants.replica.ParticipantReplica;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

class ParticipantsWiringTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ParticipantsWiring.class)
            .withBean(MongoTemplate.class, () -> mock(MongoTemplate.class));

    @Test
    void byDefaultParticipantsAreCheckedAgainstTheReplicaKeptByItsListener() {
        context.run(app -> {
            assertThat(app).getBean(ParticipantDirectory.class).isInstanceOf(ParticipantReplica.class);
            assertThat(app).hasSingleBean(ParticipantsListener.class);
        });
    }

    @Test
    void withTheCheckSwitchedOffEveryParticipantIsAcceptedAndTheStreamIsNotRead() {
        context.withPropertyValues("nc.events.participants.check=false").run(app -> {
            assertThat(app).getBean(ParticipantDirectory.class).isInstanceOf(AcceptEveryParticipant.class);
            assertThat(app).doesNotHaveBean(ParticipantsListener.class);
            assertThat(app).doesNotHaveBean(ParticipantReplica.class);
        });
    }
}
