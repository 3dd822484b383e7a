package org.neighborhoodcapital.reporting;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.events.Organizer;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.contracts.memberships.ConsentChanged;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.contracts.memberships.FunnelStageChanged;
import org.neighborhoodcapital.contracts.memberships.ParticipantErased;
import org.neighborhoodcapital.contracts.memberships.ParticipantJoined;
import org.neighborhoodcapital.contracts.memberships.PassCancelled;
import org.neighborhoodcapital.contracts.memberships.PassPurchased;
import org.neighborhoodcapital.contracts.memberships.PassRenewed;
import org.neighborhoodcapital.contracts.memberships.PassScope;
import org.neighborhoodcapital.contracts.memberships.PassTier;

/** Object mother for the facts the reporting service consumes, as the other services publish them. */
final class NetworkFacts {

    static EventScheduled aStaffEvent(UUID eventId, String centerId, String startsAt) {
        return scheduled(eventId, centerId, startsAt, Organizer.staff());
    }

    static EventScheduled aResidentLedEvent(UUID eventId, String centerId, String startsAt) {
        return scheduled(eventId, centerId, startsAt, Organizer.resident(UUID.randomUUID()));
    }

    static EventScheduled aPaidResidentLedEvent(UUID eventId, String centerId, String startsAt, long priceMinor) {
        return scheduled(eventId, centerId, startsAt, Organizer.resident(UUID.randomUUID()), priceMinor);
    }

    private static EventScheduled scheduled(UUID eventId, String centerId, String startsAt, Organizer organizer) {
        return scheduled(eventId, centerId, startsAt, organizer, 0);
    }

    private static EventScheduled scheduled(UUID eventId, String centerId, String startsAt, Organizer organizer, long priceMinor) {
        Instant start = Instant.parse(startsAt);
        return new EventScheduled(eventId, centerId, "Neighbors meet", EventFormat.MEETING, start, start.plusSeconds(7200),
                40, organizer, priceMinor, "EUR", null, 1);
    }

    static EventRescheduled movedTo(UUID eventId, String centerId, String startsAt, int revision) {
        Instant start = Instant.parse(startsAt);
        return new EventRescheduled(eventId, centerId, start, start.plusSeconds(7200), revision);
    }

    static EventCancelled cancelled(UUID eventId, String centerId, int revision) {
        return new EventCancelled(eventId, centerId, "the hall is flooded", Instant.parse("2020-01-01T00:00:00Z"), revision);
    }

    static AttendanceRecorded checkIn(UUID eventId, String centerId, UUID participantId, String at) {
        return new AttendanceRecorded(eventId, centerId, participantId, Instant.parse(at));
    }

    static InitiativeLaunched anInitiative(String centerId, InitiativeType type, String launchedAt) {
        return new InitiativeLaunched(UUID.randomUUID(), centerId, "Tool library", type, UUID.randomUUID(), Instant.parse(launchedAt));
    }

    static CenterRegistered aCenter(String centerId, String timezone) {
        return new CenterRegistered(centerId, "Center " + centerId, "Springfield", timezone, null);
    }

    static CenterRegistered aCenterWithBudget(String centerId, String timezone, long budgetMinor, String currency) {
        return new CenterRegistered(centerId, "Center " + centerId, "Springfield", timezone, new Money(budgetMinor, currency));
    }

    static ParticipantJoined joined(UUID participant, String homeCenterId, String at, boolean researchConsent) {
        return new ParticipantJoined(participant, homeCenterId, Instant.parse(at), researchConsent);
    }

    static ConsentChanged consent(UUID participant, boolean researchConsent, String at) {
        return new ConsentChanged(participant, researchConsent, Instant.parse(at));
    }

    static ParticipantErased erased(UUID participant, String at) {
        return new ParticipantErased(participant, Instant.parse(at));
    }

    static FunnelStageChanged stepped(UUID participant, String homeCenterId, FunnelStage from, FunnelStage to, String at) {
        return new FunnelStageChanged(participant, homeCenterId, from, to, "rule", false, Instant.parse(at));
    }

    static PassPurchased bought(UUID pass, UUID holder, String centerId, long priceMinor, String at, String validUntil) {
        return new PassPurchased(pass, holder, centerId, UUID.randomUUID(), PassTier.BASIC, PassScope.CENTER,
                new Money(priceMinor, "EUR"), Instant.parse(at), Instant.parse(at), Instant.parse(validUntil));
    }

    static PassRenewed renewed(UUID pass, UUID holder, String centerId, long priceMinor, String at, String validUntil) {
        return new PassRenewed(pass, holder, centerId, new Money(priceMinor, "EUR"), Instant.parse(at), Instant.parse(validUntil));
    }

    static PassCancelled cancelledPass(UUID pass, UUID holder, String centerId, long refundMinor, String at) {
        return new PassCancelled(pass, holder, centerId, new Money(refundMinor, "EUR"), Instant.parse(at));
    }

    private NetworkFacts() {
    }
}
