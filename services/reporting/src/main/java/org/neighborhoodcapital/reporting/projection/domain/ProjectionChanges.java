package org.neighborhoodcapital.reporting.projection.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.assessments.CenterModelAssessed;
import org.neighborhoodcapital.contracts.assessments.SubjectivityAssessed;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.contracts.memberships.ConsentChanged;
import org.neighborhoodcapital.contracts.memberships.FunnelStageChanged;
import org.neighborhoodcapital.contracts.memberships.ParticipantErased;
import org.neighborhoodcapital.contracts.memberships.ParticipantJoined;
import org.neighborhoodcapital.contracts.memberships.PassCancelled;
import org.neighborhoodcapital.contracts.memberships.PassPurchased;
import org.neighborhoodcapital.contracts.memberships.PassRenewed;

/**
 * Folds a batch of facts in memory into at most one change per event (calendar and check-ins
 * together), initiative, center, participant, pass and participant's funnel, so that thousands of records become a few bulk writes. Every
 * change is idempotent and commutative: the store keeps the timing of the newest revision, adds
 * attendees to a set, and overwrites immutable or latest-wins documents.
 */
public final class ProjectionChanges {

    private final Map<UUID, EventChange> events = new LinkedHashMap<>();
    private final Map<UUID, InitiativeChange> initiatives = new LinkedHashMap<>();
    private final Map<String, CenterChange> centers = new LinkedHashMap<>();
    private final Map<UUID, ParticipantChange> participants = new LinkedHashMap<>();
    private final Map<UUID, PassChange> passes = new LinkedHashMap<>();
    private final Map<UUID, Set<FunnelStageChanged>> funnelSteps = new LinkedHashMap<>();
    private final Map<UUID, SubjectivityAssessed> assessments = new LinkedHashMap<>();
    private final Map<UUID, CenterModelAssessed> checkups = new LinkedHashMap<>();
    private int applied;
    private int ignored;
    private int attendeesAdded;

    /** Whether the batch changes what memberships said: participants, passes, funnel steps or centers (budgets). */
    public boolean touchesMembership() {
        return !participants.isEmpty() || !passes.isEmpty() || !funnelSteps.isEmpty() || !centers.isEmpty();
    }

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
            case ParticipantJoined j -> {
                participant(j.participantId()).joined(j.homeCenterId(), j.joinedAt(), j.researchConsent());
                yield true;
            }
            case ConsentChanged c -> {
                participant(c.participantId()).consent(c.changedAt(), c.researchConsent());
                yield true;
            }
            case ParticipantErased e -> {
                participant(e.participantId()).erased(e.erasedAt());
                yield true;
            }
            case PassPurchased p -> {
                pass(p.passId(), p.participantId(), p.centerId()).purchased(p);
                yield true;
            }
            case PassRenewed r -> {
                pass(r.passId(), r.participantId(), r.centerId()).renewed(r);
                yield true;
            }
            case PassCancelled c -> {
                pass(c.passId(), c.participantId(), c.centerId()).cancelled(c);
                yield true;
            }
            case FunnelStageChanged f -> {
                funnelSteps.computeIfAbsent(f.participantId(), id -> new LinkedHashSet<>()).add(f);
                yield true;
            }
            case SubjectivityAssessed a -> {
                assessments.put(a.assessmentId(), a);
                yield true;
            }
            case CenterModelAssessed c -> {
                checkups.put(c.assessmentId(), c);
                yield true;
            }
            // PassExpired adds nothing: validity is read from validUntil (and renewals).
            default -> false;
        };
        if (kept) {
            applied++;
        } else {
            ignored++;
        }
        return kept;
    }

    private ParticipantChange participant(UUID participantId) {
        return participants.computeIfAbsent(participantId, ParticipantChange::new);
    }

    private PassChange pass(UUID passId, UUID participantId, String centerId) {
        PassChange change = passes.computeIfAbsent(passId, PassChange::new);
        change.of(participantId, centerId);
        return change;
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

    public Collection<ParticipantChange> participants() {
        return participants.values();
    }

    public Collection<PassChange> passes() {
        return passes.values();
    }

    /** Funnel steps of the batch by participant, each once. */
    public Map<UUID, Set<FunnelStageChanged>> funnelSteps() {
        return funnelSteps;
    }

    /** Scored self-assessments of the batch by assessment id (immutable: a re-announcement is the same). */
    public Collection<SubjectivityAssessed> assessments() {
        return assessments.values();
    }

    /** Model check-ups of the batch by assessment id. */
    public Collection<CenterModelAssessed> checkups() {
        return checkups.values();
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
