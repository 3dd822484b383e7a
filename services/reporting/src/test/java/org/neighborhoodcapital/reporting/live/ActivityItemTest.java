package org.neighborhoodcapital.reporting.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Sources;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.Organizer;
import org.neighborhoodcapital.contracts.events.RegistrationMade;
import org.neighborhoodcapital.contracts.events.RegistrationStatus;
import org.neighborhoodcapital.contracts.memberships.ParticipantJoined;

class ActivityItemTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @SuppressWarnings("unchecked")
    private static Envelope<DomainEvent> envelope(DomainEvent fact) {
        return (Envelope<DomainEvent>) (Envelope<?>) Envelope.of(Sources.EVENTS, NOW, "subject", fact);
    }

    @Test
    void aCheckInIsALineOfItsCenterWithThePseudonymousParticipantOnly() {
        UUID event = UUID.randomUUID();
        UUID participant = UUID.randomUUID();
        Envelope<DomainEvent> envelope = envelope(new AttendanceRecorded(event, "c-1", participant, NOW.minusSeconds(5)));

        ActivityItem item = ActivityItem.of(envelope, NOW).orElseThrow();

        assertThat(item.kind()).isEqualTo(ActivityItem.CHECK_IN);
        assertThat(item.id()).isEqualTo(envelope.id());
        assertThat(item.centerId()).isEqualTo("c-1");
        assertThat(item.eventId()).isEqualTo(event);
        assertThat(item.participantId()).isEqualTo(participant);
        assertThat(item.at()).isEqualTo(NOW.minusSeconds(5));
        assertThat(item.receivedAt()).isEqualTo(NOW);
    }

    @Test
    void aScheduledEventShowsItsFormatAndOrganizerKindButNotItsFreeTextTitle() {
        EventScheduled scheduled = new EventScheduled(UUID.randomUUID(), "c-2", "Tea with Maria Ivanova", EventFormat.TEA_PARTY,
                NOW, NOW.plusSeconds(3600), 20, Organizer.staff(), 0, "EUR", null, 1);

        ActivityItem item = ActivityItem.of(envelope(scheduled), NOW).orElseThrow();

        assertThat(item.kind()).isEqualTo(ActivityItem.EVENT_SCHEDULED);
        assertThat(item.detail()).isEqualTo("TEA_PARTY by STAFF");
        assertThat(item.toString()).doesNotContain("Maria");
    }

    @Test
    void aRegistrationFromTheWaitlistSaysSo() {
        RegistrationMade made = new RegistrationMade(UUID.randomUUID(), UUID.randomUUID(), "c-3", UUID.randomUUID(),
                RegistrationStatus.CONFIRMED, null, true, NOW);

        assertThat(ActivityItem.of(envelope(made), NOW).orElseThrow().detail()).isEqualTo("CONFIRMED (from waitlist)");
    }

    @Test
    void aParticipantJoiningIsNotCenterActivity() {
        assertThat(ActivityItem.of(envelope(new ParticipantJoined(UUID.randomUUID(), "c-1", NOW, true)), NOW)).isEmpty();
    }
}
