package org.neighborhoodcapital.events.checkin.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violation;

class CheckInBatchTest {

    private static final String CENTER = "north-harbour";
    private static final Instant AT = Instant.parse("2025-03-01T18:05:00Z");

    private final UUID open = UUID.randomUUID();
    private final UUID cancelled = UUID.randomUUID();
    private final UUID elsewhere = UUID.randomUUID();
    private final Map<UUID, KnownEvent> known = Map.of(
            open, new KnownEvent(open, CENTER, false),
            cancelled, new KnownEvent(cancelled, CENTER, true),
            elsewhere, new KnownEvent(elsewhere, "south-park", false));

    private static NumberedCheckIn line(int line, UUID event, UUID participant) {
        return new NumberedCheckIn(line, new CheckIn(event, participant, AT.plusSeconds(line)));
    }

    @Test
    void theKeyOfACheckInIsEventAndParticipant() {
        UUID participant = UUID.randomUUID();
        assertThat(new CheckIn(open, participant, AT).key()).isEqualTo(open + ":" + participant);
    }

    @Test
    void repeatedCheckInsInOneBatchCountOnceAndTheFirstWins() {
        UUID ann = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        CheckInBatch batch = CheckInBatch.of(List.of(line(1, open, ann), line(2, open, bob), line(3, open, ann)));

        assertThat(batch.received()).isEqualTo(3);
        assertThat(batch.distinct()).extracting(CheckIn::participantId).containsExactly(ann, bob);
        assertThat(batch.distinct().getFirst().checkedInAt()).isEqualTo(AT.plusSeconds(1));
        assertThat(batch.eventIds()).containsExactly(open);
    }

    @Test
    void unknownForeignAndCancelledEventsAreRefusedByLineNamingEventId() {
        CheckInBatch batch = CheckInBatch.of(List.of(
                line(1, open, UUID.randomUUID()),
                line(2, UUID.randomUUID(), UUID.randomUUID()),
                line(3, cancelled, UUID.randomUUID()),
                line(4, elsewhere, UUID.randomUUID())));

        assertThatThrownBy(() -> batch.requireAcceptable(CENTER, known, Set.of())).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
            assertThat(e.violations()).extracting(Violation::line).containsExactly(2, 3, 4);
            assertThat(e.violations()).extracting(Violation::field).containsOnly("eventId");
            assertThat(e.violations().get(1).message()).contains("cancelled");
        });
    }

    @Test
    void unknownParticipantsAreRefusedByLineNamingParticipantId() {
        UUID stranger = UUID.randomUUID();
        CheckInBatch batch = CheckInBatch.of(List.of(line(1, open, UUID.randomUUID()), line(2, open, stranger)));

        assertThatThrownBy(() -> batch.requireAcceptable(CENTER, known, Set.of(stranger))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.violations()).containsExactly(Violation.atLine(2, "participantId", "no participant " + stranger)));
    }

    @Test
    void aBatchOfOpenEventsOfTheCenterIsAcceptable() {
        CheckInBatch batch = CheckInBatch.of(List.of(line(1, open, UUID.randomUUID()), line(2, open, UUID.randomUUID())));

        batch.requireAcceptable(CENTER, known, Set.of());

        assertThat(batch.distinct()).hasSize(2);
    }

    @Test
    void countsMustAddUp() {
        assertThatThrownBy(() -> new CheckInCounts(3, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CheckInCounts(3, 2, 1).duplicate()).isEqualTo(1);
    }
}
