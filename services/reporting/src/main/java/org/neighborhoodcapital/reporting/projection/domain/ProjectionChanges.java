package org.neighborhoodcapital.reporting.projection.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;

/**
 * Folds a batch of facts in memory into at most one change per event (calendar and check-ins
 * together), initiative and center, so that thousands of records become a few bulk writes. Every
 * change is idempotent and commutative: the store keeps the timing of the newest revision, adds
 * attendees to a set, and overwrites immutable or latest-wins documents.
 */
public final class ProjectionChanges {

    private final Map<UUID, EventChange> events = new LinkedHashMap<>();
    private final Map<UUID, InitiativeChange> initiatives = new LinkedHashMap<>();
    private final Map<String, CenterChange> centers = new LinkedHashMap<>();
    private int applied;
    private int ignored;
    private int attendeesAdded;

    /**
     * Takes one fact into the batch.
     *
     * @return whether the fact is one this projection keeps (others are ignored)
     * @throws IllegalArgumentException when the fact cannot be applied (e.g. an unknown time zone)
     */
    public boolean apply(DomainEvent fact) {
        boolean kept = switch (fact) {
            case EventScheduled s -> {
                EventChange change = calendar(s.eventId(), s.centerId());
                change.describe(new EventDetails(s.format(), s.organizer().kind(), s.organizer().participantId(),
                        s.priceMinor(), s.currency(), s.initiativeId()));
                change.moveTo(new EventTiming(s.revision(), s.startsAt(), s.endsAt()));
                yield true;
            }
            case EventRescheduled r -> {
                calendar(r.eventId(), r.centerId()).moveTo(new EventTiming(r.revision(), r.startsAt(), r.endsAt()));
                yield true;
            }
            case EventCancelled c -> {
                calendar(c.eventId(), c.centerId()).cancel(c.revision());
                yield true;
            }
            case AttendanceRecorded a -> {
                if (event(a.eventId()).attend(a.centerId(), a.participantId())) {
                    attendeesAdded++;
                }
                yield true;
            }
            case InitiativeLaunched i -> {
                initiatives.put(i.initiativeId(), new InitiativeChange(i.initiativeId(), i.centerId(), i.type(), i.leaderId(), i.launchedAt()));
                yield true;
            }
            case CenterRegistered c -> {
                centers.put(c.centerId(), new CenterChange(c.centerId(), c.name(), c.city(), zone(c.timezone()),
                        c.operatingBudget() == null ? null : c.operatingBudget().amountMinor(),
                        c.operatingBudget() == null ? null : c.operatingBudget().currency()));
                yield true;
            }
            default -> false;
        };
        if (kept) {
            applied++;
        } else {
            ignored++;
        }
        return kept;
    }

    private EventChange event(UUID eventId) {
        return events.computeIfAbsent(eventId, EventChange::new);
    }

    private EventChange calendar(UUID eventId, String centerId) {
        EventChange change = event(eventId);
        change.calendarCenter(centerId);
        return change;
    }

    private static ZoneId zone(String timezone) {
        try {
            return ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timezone '" + timezone + "' is not a time zone id: " + e.getMessage(), e);
        }
    }

    public Collection<EventChange> events() {
        return events.values();
    }

    public Collection<InitiativeChange> initiatives() {
        return initiatives.values();
    }

    public Collection<CenterChange> centers() {
        return centers.values();
    }

    /** Facts taken into this batch. */
    public int applied() {
        return applied;
    }

    /** Facts of types this projection does not keep. */
    public int ignored() {
        return ignored;
    }

    public boolean isEmpty() {
        return applied == 0;
    }

    /** Distinct (event, participant) check-ins in this batch. */
    public int attendeesAdded() {
        return attendeesAdded;
    }
}
