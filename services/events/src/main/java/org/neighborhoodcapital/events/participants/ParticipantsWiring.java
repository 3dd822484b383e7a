package org.neighborhoodcapital.events.participants;

import org.neighborhoodcapital.events.participants.directory.AcceptEveryParticipant;
import org.neighborhoodcapital.events.participants.domain.ParticipantDirectory;
import org.neighborhoodcapital.events.participants.messaging.ParticipantsListener;
import org.neighborhoodcapital.events.participants.replica.ParticipantReplica;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Which {@link ParticipantDirectory} the service uses: by default ({@code nc.events.participants.check=true})
 * the replica of the memberships participants stream, kept by its listener; with {@code false} (a network
 * without the memberships service) every well-formed id is accepted and the stream is not read.
 */
@Configuration(proxyBeanMethods = false)
public class ParticipantsWiring {

    static final String CHECK = "nc.events.participants.check";

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = CHECK, havingValue = "true", matchIfMissing = true)
    static class Checked {

        @Bean
        ParticipantReplica participantReplica(MongoTemplate mongo) {
            return new ParticipantReplica(mongo);
        }

        @Bean
        ParticipantsListener participantsListener(ParticipantReplica replica) {
            return new ParticipantsListener(replica);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = CHECK, havingValue = "false")
    static class Unchecked {

        @Bean
        ParticipantDirectory acceptEveryParticipant() {
            return new AcceptEveryParticipant();
        }
    }
}
