package org.neighborhoodcapital.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.Organizer;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.contracts.memberships.ConsentChanged;
import org.neighborhoodcapital.contracts.memberships.ParticipantErased;
import org.neighborhoodcapital.contracts.memberships.ParticipantJoined;

class ExpectedAttendancesTest {

    private static EventScheduled event(UUID id, String center, String startsAt) {
        Instant start = Instant.parse(startsAt);
        return new EventScheduled(id, center, "Tea", EventFormat.TEA_PARTY, start, start.plusSeconds(3600), 20, Organizer.staff(), 0,
                "EUR", null, 1);
    }

    private static AttendanceRecorded checkIn(UUID event, String center, UUID participant) {
        return new AttendanceRecorded(event, center, participant, Instant.parse("2025-03-01T10:00:00Z"));
    }

    @Test
    void repeatedCheckInsCountOnceAndCancelledEventsNotAtAll() {
        ExpectedAttendances expected = new ExpectedAttendances();
        UUID held = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID ann = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        expected.see(event(held, "north", "2025-03-01T10:00:00Z"));
        expected.see(event(cancelled, "north", "2025-04-01T10:00:00Z"));
        expected.see(new EventCancelled(cancelled, "north", "rain", Instant.parse("2025-03-30T10:00:00Z"), 2));
        expected.see(checkIn(held, "north", ann));
        expected.see(checkIn(held, "north", ann));
        expected.see(checkIn(held, "north", bob));
        expected.see(checkIn(cancelled, "north", bob));

        assertThat(expected.byYear()).containsExactly(java.util.Map.entry(2025, 2L));
    }

    @Test
    void theYearIsTheLocalYearOfTheLatestStart() {
        ExpectedAttendances expected = new ExpectedAttendances();
        UUID newYearsEve = UUID.randomUUID();
        UUID moved = UUID.randomUUID();
        expected.see(new CenterRegistered("east", "East", "Vladivostok", "Asia/Vladivostok", new Money(100, "EUR")));
        // 2025-12-31T20:00Z is already January 1, 2026 in Vladivostok (UTC+10)
        expected.see(event(newYearsEve, "east", "2025-12-31T20:00:00Z"));
        expected.see(event(moved, "west", "2025-12-30T10:00:00Z"));
        expected.see(new EventRescheduled(moved, "west", Instant.parse("2026-01-05T10:00:00Z"), Instant.parse("2026-01-05T11:00:00Z"), 2));
        expected.see(checkIn(newYearsEve, "east", UUID.randomUUID()));
        expected.see(checkIn(moved, "west", UUID.randomUUID()));

        assertThat(expected.byYear()).containsExactly(java.util.Map.entry(2026, 2L));
    }

    @Test
    void participantsWithoutResearchConsentOrErasedAreLeftOut() {
        ExpectedAttendances expected = new ExpectedAttendances();
        UUID tea = UUID.randomUUID();
        Instant joined = Instant.parse("2024-01-01T00:00:00Z");
        UUID neverConsented = UUID.randomUUID();
        UUID consentedLater = UUID.randomUUID();
        UUID withdrew = UUID.randomUUID();
        UUID erased = UUID.randomUUID();
        UUID consenting = UUID.randomUUID();
        UUID unknownToMemberships = UUID.randomUUID();
        expected.see(new ParticipantJoined(neverConsented, "north", joined, false));
        expected.see(new ParticipantJoined(consentedLater, "north", joined, false));
        expected.see(new ConsentChanged(consentedLater, true, Instant.parse("2024-02-01T00:00:00Z")));
        expected.see(new ParticipantJoined(withdrew, "north", joined, true));
        expected.see(new ConsentChanged(withdrew, false, Instant.parse("2025-02-01T00:00:00Z")));
        expected.see(new ConsentChanged(withdrew, true, Instant.parse("2024-02-01T00:00:00Z"))); // older, arrives late
        expected.see(new ParticipantJoined(erased, "north", joined, true));
        expected.see(new ParticipantErased(erased, Instant.parse("2025-05-01T00:00:00Z")));
        expected.see(new ParticipantJoined(consenting, "north", joined, true));
        expected.see(event(tea, "north", "2025-03-01T10:00:00Z"));
        for (UUID p : new UUID[] {neverConsented, consentedLater, withdrew, erased, consenting, unknownToMemberships}) {
            expected.see(checkIn(tea, "north", p));
        }

        assertThat(expected.byYear()).containsExactly(java.util.Map.entry(2025, 3L));
    }

    @Test
    void manyParticipantsAtOneEventAreAllCounted() {
        ExpectedAttendances expected = new ExpectedAttendances();
        UUID festival = UUID.randomUUID();
        expected.see(event(festival, "north", "2025-06-01T10:00:00Z"));
        for (int i = 0; i < 10_000; i++) {
            expected.see(checkIn(festival, "north", new UUID(i, i)));
            expected.see(checkIn(festival, "north", new UUID(i, i)));
        }

        assertThat(expected.byYear()).containsExactly(java.util.Map.entry(2025, 10_000L));
    }
}
