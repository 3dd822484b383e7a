package org.neighborhoodcapital.events.participants.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ParticipantChangesTest {

    private static final Instant JOINED = Instant.parse("2024-01-15T10:00:00Z");

    @Test
    void aJoiningIsOneChangeThatIsNotErased() {
        UUID ann = UUID.randomUUID();
        ParticipantChanges batch = new ParticipantChanges();

        batch.joined(ann, "north-harbour", JOINED);

        assertThat(batch.changes()).containsExactly(new ParticipantChanges.Change(ann, "north-harbour", JOINED, false));
        assertThat(batch.erasures()).isZero();
    }

    @Test
    void aJoiningReplayedAfterTheErasureInTheSameBatchDoesNotReviveTheParticipant() {
        UUID ann = UUID.randomUUID();
        ParticipantChanges batch = new ParticipantChanges();

        batch.joined(ann, "north-harbour", JOINED);
        batch.erased(ann);
        batch.joined(ann, "north-harbour", JOINED);

        assertThat(batch.changes()).containsExactly(new ParticipantChanges.Change(ann, "north-harbour", JOINED, true));
        assertThat(batch.erasures()).isEqualTo(1);
    }

    @Test
    void anErasureSeenBeforeAnyJoiningStillKeepsTheJoiningFactsThatFollow() {
        UUID ann = UUID.randomUUID();
        ParticipantChanges batch = new ParticipantChanges();

        batch.erased(ann);
        batch.joined(ann, "north-harbour", JOINED);

        assertThat(batch.changes()).containsExactly(new ParticipantChanges.Change(ann, "north-harbour", JOINED, true));
    }

    @Test
    void eachParticipantIsOneChangeInTheOrderFirstSeen() {
        UUID ann = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        ParticipantChanges batch = new ParticipantChanges();

        batch.joined(ann, "north-harbour", JOINED);
        batch.joined(bob, "south-side", JOINED);
        batch.joined(ann, "north-harbour", JOINED);

        assertThat(batch.changes()).extracting(ParticipantChanges.Change::participantId).containsExactly(ann, bob);
        assertThat(new ParticipantChanges().isEmpty()).isTrue();
    }
}
