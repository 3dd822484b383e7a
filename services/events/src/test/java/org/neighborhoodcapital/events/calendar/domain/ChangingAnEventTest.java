package org.neighborhoodcapital.events.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighborhoodcapital.events.fixtures.NewEvents.ENDS;
import static org.neighborhoodcapital.events.fixtures.NewEvents.NOW;
import static org.neighborhoodcapital.events.fixtures.NewEvents.STARTS;
import static org.neighborhoodcapital.events.fixtures.NewEvents.aLecture;
import static org.neighborhoodcapital.events.fixtures.NewEvents.scheduled;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violation;

class ChangingAnEventTest {

    private static final Instant LATER = NOW.plus(Duration.ofHours(1));

    @Test
    void reschedulingMovesTheEventAndRaisesTheRevision() {
        CalendarEvent lecture = scheduled(aLecture());

        Change change = lecture.reschedule(STARTS.plus(Duration.ofDays(7)), ENDS.plus(Duration.ofDays(7)), LATER);

        assertThat(change.event().revision()).isEqualTo(2);
        assertThat(change.event().startsAt()).isEqualTo(STARTS.plus(Duration.ofDays(7)));
        assertThat(change.event().updatedAt()).isEqualTo(LATER);
        assertThat(change.facts()).singleElement().isInstanceOfSatisfying(EventRescheduled.class,
                fact -> assertThat(fact.revision()).isEqualTo(2));
    }

    @Test
    void reschedulingToTheSameTimesChangesNothing() {
        CalendarEvent lecture = scheduled(aLecture());

        Change change = lecture.reschedule(STARTS, ENDS, LATER);

        assertThat(change.changed()).isFalse();
        assertThat(change.event()).isEqualTo(lecture);
    }

    @Test
    void reschedulingWithTheEndBeforeTheStartIsRefusedNamingEndsAt() {
        CalendarEvent lecture = scheduled(aLecture());

        assertThatThrownBy(() -> lecture.reschedule(ENDS, STARTS, LATER)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.violations()).extracting(Violation::field).containsExactly("endsAt");
        });
    }

    @Test
    void aCancelledEventCannotBeRescheduled() {
        CalendarEvent cancelled = scheduled(aLecture()).cancel(null, LATER).event();

        assertThatThrownBy(() -> cancelled.reschedule(STARTS.plusSeconds(60), ENDS.plusSeconds(60), LATER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    }

    @Test
    void cancellingRaisesTheRevisionAndKeepsTheReason() {
        CalendarEvent lecture = scheduled(aLecture()).reschedule(STARTS.plusSeconds(3600), ENDS.plusSeconds(3600), NOW).event();

        Change change = lecture.cancel("The hall is flooded", LATER);

        assertThat(change.event().status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(change.event().revision()).isEqualTo(3);
        assertThat(change.facts()).singleElement().isInstanceOfSatisfying(EventCancelled.class, fact -> {
            assertThat(fact.reason()).isEqualTo("The hall is flooded");
            assertThat(fact.cancelledAt()).isEqualTo(LATER);
            assertThat(fact.revision()).isEqualTo(3);
        });
    }

    @Test
    void cancellingACancelledEventChangesNothing() {
        CalendarEvent cancelled = scheduled(aLecture()).cancel(null, NOW).event();

        Change again = cancelled.cancel("again", LATER);

        assertThat(again.changed()).isFalse();
        assertThat(again.event().revision()).isEqualTo(2);
    }

    @Test
    void aTooLongReasonIsRefused() {
        assertThatThrownBy(() -> scheduled(aLecture()).cancel("r".repeat(CalendarEvent.MAX_REASON_LENGTH + 1), NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("reason"));
    }
}
