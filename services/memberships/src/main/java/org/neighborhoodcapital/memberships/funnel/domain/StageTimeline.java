package org.neighborhoodcapital.memberships.funnel.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;

/**
 * THE funnel rule: a participant's stage at time t is the highest rule satisfied by the activity that
 * happened up to t (event time, not arrival order), or a manual promotion made by then; it never goes
 * back, and a jump may skip stages. {@link #of} turns a participant's dated activity into the steps of
 * that stage function. It is a pure function: the same facts in any order, with any duplicates, give
 * the same timeline, so a late or replayed record is handled by computing again.
 *
 * <p>The rules, with their times (each rule, once satisfied, stays satisfied: activity only grows with t):
 * <ul>
 * <li><b>PARTICIPANT</b>: attended at least {@code participantEvents} (3) distinct events that are not
 * known to be cancelled. An event counts once, at the participant's earliest check-in there; the time is
 * the check-in that completes the third distinct event. An event whose calendar record has not arrived
 * yet counts (its check-in proves it took place) until a cancellation says otherwise.</li>
 * <li><b>INITIATOR</b>: organized an event or launched an initiative ({@code initiatorActivities}, 1, of
 * them in all). "Organized an event" happens at the event's {@code startsAt} (latest revision), for an
 * event that is not cancelled and whose organizer is this resident; "launched an initiative" happens at
 * its {@code launchedAt}.</li>
 * <li><b>LEADER</b>: leads (launched) an initiative whose events, not cancelled, drew at least
 * {@code leaderAttendees} (5) distinct participants (anyone who checked in, the leader included). The
 * time is the check-in at which the initiative's events reach the fifth distinct attendee (each
 * attendee counted at their earliest check-in at any of its events), and not before the initiative was
 * launched; with several initiatives, the earliest of their times.</li>
 * <li><b>Manual promotion</b>: staff promoted the participant to a stage at {@code promotedAt}.</li>
 * </ul>
 * No step is dated before the participant joined ({@code joinedAt}): activity recorded before that
 * (history loaded in another order) counts as of joining. Steps may lie in the future (an organized
 * event that has not started yet): it is for the caller to announce only those that have happened.
 */
public final class StageTimeline {

    /**
     * @return the steps up from NEIGHBOR, in time order, each to a higher stage than the one before
     *         (before the first step the participant is a NEIGHBOR); at equal times only the highest
     *         stage reached then is a step
     */
    public static List<StageStep> of(ParticipantActivity activity, List<ManualPromotion> promotions, FunnelThresholds thresholds) {
        Map<UUID, KnownEvent> events = new HashMap<>();
        activity.events().forEach(event -> events.merge(event.eventId(), event, StageTimeline::moreKnown));

        List<StageStep> candidates = new ArrayList<>();
        participantStep(activity, events, thresholds).ifPresent(candidates::add);
        initiatorStep(activity, events, thresholds).ifPresent(candidates::add);
        leaderStep(activity, events, thresholds).ifPresent(candidates::add);
        for (ManualPromotion promotion : promotions) {
            candidates.add(new StageStep(promotion.promotedAt(), promotion.to(), promotion.reason(), true));
        }

        List<StageStep> steps = new ArrayList<>();
        FunnelStage current = FunnelStage.NEIGHBOR;
        for (StageStep candidate : candidates.stream()
                .map(step -> notBeforeJoining(step, activity.joinedAt()))
                .sorted(Comparator.comparing(StageStep::at)
                        .thenComparing(StageStep::stage, Comparator.reverseOrder())
                        .thenComparing(StageStep::manual))
                .toList()) {
            if (candidate.stage().isAbove(current)) {
                steps.add(candidate);
                current = candidate.stage();
            }
        }
        return List.copyOf(steps);
    }

    private static Optional<StageStep> participantStep(ParticipantActivity activity, Map<UUID, KnownEvent> events,
                                                       FunnelThresholds thresholds) {
        Map<UUID, Instant> firstCheckIn = new HashMap<>();
        for (Attendance attendance : activity.attendances()) {
            if (attendance.participantId().equals(activity.participantId()) && !isCancelled(events.get(attendance.eventId()))) {
                firstCheckIn.merge(attendance.eventId(), attendance.checkedInAt(), StageTimeline::earlier);
            }
        }
        int needed = thresholds.participantEvents();
        return nth(firstCheckIn.values().stream().sorted().toList(), needed)
                .map(at -> new StageStep(at, FunnelStage.PARTICIPANT, "attended " + needed + " distinct events", false));
    }

    private static Optional<StageStep> initiatorStep(ParticipantActivity activity, Map<UUID, KnownEvent> events,
                                                     FunnelThresholds thresholds) {
        record Initiated(Instant at, String what) {
        }
        List<Initiated> initiated = new ArrayList<>();
        for (KnownEvent event : events.values()) {
            if (activity.participantId().equals(event.residentOrganizerId()) && !event.cancelled() && event.startsAt() != null) {
                initiated.add(new Initiated(event.startsAt(), "organized event " + event.eventId()));
            }
        }
        Map<UUID, Instant> launched = new LinkedHashMap<>();
        activity.ledInitiatives().forEach(i -> launched.merge(i.initiativeId(), i.launchedAt(), StageTimeline::earlier));
        launched.forEach((id, at) -> initiated.add(new Initiated(at, "launched initiative " + id)));

        int needed = thresholds.initiatorActivities();
        List<Initiated> inOrder = initiated.stream()
                .sorted(Comparator.comparing(Initiated::at).thenComparing(Initiated::what))
                .toList();
        if (inOrder.size() < needed) {
            return Optional.empty();
        }
        Initiated completing = inOrder.get(needed - 1);
        String reason = needed == 1 ? completing.what() : "organized events or launched initiatives: " + needed;
        return Optional.of(new StageStep(completing.at(), FunnelStage.INITIATOR, reason, false));
    }

    private static Optional<StageStep> leaderStep(ParticipantActivity activity, Map<UUID, KnownEvent> events,
                                                  FunnelThresholds thresholds) {
        Map<UUID, Instant> launched = new LinkedHashMap<>();
        activity.ledInitiatives().forEach(i -> launched.merge(i.initiativeId(), i.launchedAt(), StageTimeline::earlier));
        int needed = thresholds.leaderAttendees();

        StageStep best = null;
        for (Map.Entry<UUID, Instant> initiative : launched.entrySet()) {
            Set<UUID> itsEvents = events.values().stream()
                    .filter(e -> initiative.getKey().equals(e.initiativeId()) && !e.cancelled())
                    .map(KnownEvent::eventId)
                    .collect(Collectors.toSet());
            Map<UUID, Instant> firstCheckIn = new HashMap<>();
            for (Attendance attendance : activity.initiativeAttendances()) {
                if (itsEvents.contains(attendance.eventId())) {
                    firstCheckIn.merge(attendance.participantId(), attendance.checkedInAt(), StageTimeline::earlier);
                }
            }
            Optional<Instant> reached = nth(firstCheckIn.values().stream().sorted().toList(), needed)
                    .map(at -> at.isBefore(initiative.getValue()) ? initiative.getValue() : at);
            if (reached.isPresent() && (best == null || reached.get().isBefore(best.at()))) {
                best = new StageStep(reached.get(), FunnelStage.LEADER,
                        "leads initiative " + initiative.getKey() + ", whose events drew " + needed + " distinct participants", false);
            }
        }
        return Optional.ofNullable(best);
    }

    private static StageStep notBeforeJoining(StageStep step, Instant joinedAt) {
        return joinedAt != null && step.at().isBefore(joinedAt)
                ? new StageStep(joinedAt, step.stage(), step.reason(), step.manual())
                : step;
    }

    /** The n-th (1-based) of sorted times, if there are that many. */
    private static Optional<Instant> nth(List<Instant> sorted, int n) {
        return sorted.size() >= n ? Optional.of(sorted.get(n - 1)) : Optional.empty();
    }

    private static boolean isCancelled(KnownEvent event) {
        return event != null && event.cancelled();
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Two views of one event (from different loads): cancelled wins, known values win over unknown ones. */
    private static KnownEvent moreKnown(KnownEvent a, KnownEvent b) {
        return new KnownEvent(a.eventId(),
                a.startsAt() != null ? a.startsAt() : b.startsAt(),
                a.residentOrganizerId() != null ? a.residentOrganizerId() : b.residentOrganizerId(),
                a.initiativeId() != null ? a.initiativeId() : b.initiativeId(),
                a.cancelled() || b.cancelled());
    }

    private StageTimeline() {
    }
}
