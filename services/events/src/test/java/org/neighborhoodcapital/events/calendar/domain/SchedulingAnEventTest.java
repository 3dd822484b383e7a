package org.neighborhoodcapital.events.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighborhoodcapital.events.fixtures.NewEvents.ENDS;
import static org.neighborhoodcapital.events.fixtures.NewEvents.NOW;
import static org.neighborhoodcapital.events.fixtures.NewEvents.STARTS;
import static org.neighborhoodcapital.events.fixtures.NewEvents.aLecture;
import static org.neighborhoodcapital.events.fixtures.NewEvents.aPaidResidentCourse;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.Organizer;
import org.neighborhoodcapital.contracts.events.OrganizerKind;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violation;

class SchedulingAnEventTest {

    private static NewEvent with(NewEvent e, String title, Instant startsAt, Instant endsAt, Integer capacity,
                                 NewEvent.OrganizerInput organizer, Long priceMinor, String currency) {
        return new NewEvent(e.centerId(), title, e.format(), startsAt, endsAt, capacity, organizer, priceMinor, currency, e.initiativeId());
    }

    private static DomainException refusal(NewEvent draft) {
        return (DomainException) org.assertj.core.api.Assertions.catchThrowable(() -> CalendarEvent.schedule(UUID.randomUUID(), draft, NOW));
    }

    @Test
    void aValidEventIsScheduledAtRevisionOneAndAnnounced() {
        UUID id = UUID.randomUUID();
        Change change = CalendarEvent.schedule(id, aLecture(), NOW);

        assertThat(change.event().status()).isEqualTo(EventStatus.SCHEDULED);
        assertThat(change.event().revision()).isEqualTo(1);
        assertThat(change.event().updatedAt()).isEqualTo(NOW);
        assertThat(change.facts()).singleElement().isInstanceOfSatisfying(EventScheduled.class, fact -> {
            assertThat(fact.eventId()).isEqualTo(id);
            assertThat(fact.revision()).isEqualTo(1);
            assertThat(fact.organizer()).isEqualTo(Organizer.staff());
            assertThat(fact.priceMinor()).isZero();
            assertThat(fact.currency()).isEqualTo("EUR");
        });
    }

    @Test
    void anEventMayStartInThePastSoThatCentersCanLoadHistory() {
        NewEvent past = with(aLecture(), "Founding assembly", Instant.parse("2019-05-04T10:00:00Z"),
                Instant.parse("2019-05-04T12:00:00Z"), 100, aLecture().organizer(), null, null);

        assertThat(CalendarEvent.schedule(UUID.randomUUID(), past, NOW).event().startsAt()).isEqualTo(Instant.parse("2019-05-04T10:00:00Z"));
    }

    @Test
    void aPaidResidentLedCourseKeepsItsOrganizerAndPrice() {
        UUID resident = UUID.randomUUID();
        CalendarEvent course = CalendarEvent.schedule(UUID.randomUUID(), aPaidResidentCourse(resident), NOW).event();

        assertThat(course.organizer()).isEqualTo(Organizer.resident(resident));
        assertThat(course.priceMinor()).isEqualTo(1500);
        assertThat(course.currency()).isEqualTo("EUR");
    }

    @Test
    void anEndBeforeTheStartIsRefusedNamingEndsAt() {
        DomainException e = refusal(with(aLecture(), "x", ENDS, STARTS, 10, aLecture().organizer(), null, null));

        assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
        assertThat(e.violations()).extracting(Violation::field).containsExactly("endsAt");
    }

    @Test
    void anEndEqualToTheStartIsRefused() {
        assertThat(refusal(with(aLecture(), "x", STARTS, STARTS, 10, aLecture().organizer(), null, null)).violations())
                .extracting(Violation::field).containsExactly("endsAt");
    }

    @Test
    void capacityMustBeAtLeastOneAndAtMostTheLimit() {
        for (int capacity : new int[] {-1, 0, CalendarEvent.MAX_CAPACITY + 1}) {
            assertThat(refusal(with(aLecture(), "x", STARTS, ENDS, capacity, aLecture().organizer(), null, null)).violations())
                    .as("capacity %d", capacity).extracting(Violation::field).containsExactly("capacity");
        }
        assertThat(CalendarEvent.schedule(UUID.randomUUID(), with(aLecture(), "x", STARTS, ENDS, 1, aLecture().organizer(), null, null), NOW)
                .event().capacity()).isEqualTo(1);
    }

    @Test
    void aResidentOrganizerNeedsAParticipantAndStaffMustNotCarryOne() {
        NewEvent residentWithoutId = with(aLecture(), "x", STARTS, ENDS, 10, new NewEvent.OrganizerInput(OrganizerKind.RESIDENT, null), null, null);
        NewEvent staffWithId = with(aLecture(), "x", STARTS, ENDS, 10, new NewEvent.OrganizerInput(OrganizerKind.STAFF, UUID.randomUUID()), null, null);
        NewEvent noKind = with(aLecture(), "x", STARTS, ENDS, 10, new NewEvent.OrganizerInput(null, null), null, null);
        NewEvent noOrganizer = with(aLecture(), "x", STARTS, ENDS, 10, null, null, null);

        assertThat(refusal(residentWithoutId).violations()).extracting(Violation::field).containsExactly("organizer.participantId");
        assertThat(refusal(staffWithId).violations()).extracting(Violation::field).containsExactly("organizer.participantId");
        assertThat(refusal(noKind).violations()).extracting(Violation::field).containsExactly("organizer.kind");
        assertThat(refusal(noOrganizer).violations()).extracting(Violation::field).containsExactly("organizer");
    }

    @Test
    void priceMustNotBeNegativeAndCurrencyMustBeAnIsoCode() {
        NewEvent negative = with(aLecture(), "x", STARTS, ENDS, 10, aLecture().organizer(), -1L, "EUR");
        NewEvent lowerCase = with(aLecture(), "x", STARTS, ENDS, 10, aLecture().organizer(), 100L, "eur");
        NewEvent madeUp = with(aLecture(), "x", STARTS, ENDS, 10, aLecture().organizer(), 100L, "XYZ");
        NewEvent rubles = with(aLecture(), "x", STARTS, ENDS, 10, aLecture().organizer(), 50000L, "RUB");

        assertThat(refusal(negative).violations()).extracting(Violation::field).containsExactly("priceMinor");
        assertThat(refusal(lowerCase).violations()).extracting(Violation::field).containsExactly("currency");
        assertThat(refusal(madeUp).violations()).extracting(Violation::field).containsExactly("currency");
        assertThat(CalendarEvent.schedule(UUID.randomUUID(), rubles, NOW).event().currency()).isEqualTo("RUB");
    }

    @Test
    void titleMustNotBeBlankNorLongerThanTwoHundredCharacters() {
        assertThat(refusal(with(aLecture(), "   ", STARTS, ENDS, 10, aLecture().organizer(), null, null)).violations())
                .extracting(Violation::field).containsExactly("title");
        assertThat(refusal(with(aLecture(), "a".repeat(201), STARTS, ENDS, 10, aLecture().organizer(), null, null)).violations())
                .extracting(Violation::field).containsExactly("title");
        assertThat(CalendarEvent.schedule(UUID.randomUUID(), with(aLecture(), "a".repeat(200), STARTS, ENDS, 10, aLecture().organizer(), null, null), NOW)
                .event().title()).hasSize(200);
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        NewEvent empty = new NewEvent("north-harbour", null, null, null, null, null, null, null, null, null);

        assertThat(refusal(empty).violations()).extracting(Violation::field)
                .containsExactly("title", "format", "startsAt", "endsAt", "capacity", "organizer");
    }

    @Test
    void aCenterIdThatIsNotASlugIsRefused() {
        for (String bad : new String[] {"North", "a", "-north", "north_harbour", "x".repeat(64)}) {
            NewEvent e = aLecture();
            NewEvent draft = new NewEvent(bad, e.title(), e.format(), e.startsAt(), e.endsAt(), e.capacity(), e.organizer(), null, null, null);
            assertThatThrownBy(() -> CalendarEvent.schedule(UUID.randomUUID(), draft, NOW))
                    .as(bad).isInstanceOfSatisfying(DomainException.class,
                            ex -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("centerId"));
        }
    }
}
