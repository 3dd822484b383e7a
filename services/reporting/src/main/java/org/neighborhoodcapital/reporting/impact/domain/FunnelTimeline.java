package org.neighborhoodcapital.reporting.impact.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;

/**
 * A participant's funnel timeline, derived from ALL their FunnelStageChanged records in any order:
 * each stage is reached at the EARLIEST {@code changedAt} among the records announcing it (memberships
 * announces a stage again, with an earlier date, when history arrived late). The {@code from} of a
 * record is not used: a late intermediate stage splits an announced jump.
 * <ul>
 * <li>stage at t: the highest stage reached by t, else NEIGHBOR (it never goes back);</li>
 * <li>transitions: the stages in order of their dates (at equal dates the higher first), keeping
 * those above the running stage, each a step from the running stage dated at its date; a stage
 * reached at the same time as or after a higher one is skipped.</li>
 * </ul>
 */
public final class FunnelTimeline {

    /** One step up, from the stage before, at its date. */
    public record Step(FunnelStage from, FunnelStage to, Instant at) {
    }

    private static final FunnelTimeline EMPTY = new FunnelTimeline(Map.of());

    private final Map<FunnelStage, Instant> earliest;

    private FunnelTimeline(Map<FunnelStage, Instant> earliest) {
        this.earliest = earliest;
    }

    public static FunnelTimeline empty() {
        return EMPTY;
    }

    /** The timeline of one participant, from their records (duplicates and order do not matter). */
    public static FunnelTimeline of(Collection<FunnelChangeFacts> changes) {
        Map<FunnelStage, Instant> earliest = new EnumMap<>(FunnelStage.class);
        for (FunnelChangeFacts change : changes) {
            earliest.merge(change.to(), change.changedAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
        return new FunnelTimeline(earliest);
    }

    /** The timeline of every participant with records. */
    public static Map<UUID, FunnelTimeline> byParticipant(Collection<FunnelChangeFacts> changes) {
        Map<UUID, List<FunnelChangeFacts>> grouped = new HashMap<>();
        for (FunnelChangeFacts change : changes) {
            grouped.computeIfAbsent(change.participantId(), id -> new ArrayList<>()).add(change);
        }
        Map<UUID, FunnelTimeline> timelines = new HashMap<>();
        grouped.forEach((id, own) -> timelines.put(id, of(own)));
        return timelines;
    }

    /** The stage at {@code t}: the highest stage whose earliest date is at or before it, else NEIGHBOR. */
    public FunnelStage stageAt(Instant t) {
        FunnelStage stage = FunnelStage.NEIGHBOR;
        for (Map.Entry<FunnelStage, Instant> reached : earliest.entrySet()) {
            if (!reached.getValue().isAfter(t) && reached.getKey().isAbove(stage)) {
                stage = reached.getKey();
            }
        }
        return stage;
    }

    /** The stage just before {@code end} (an exclusive end, such as the start of the next year). */
    public FunnelStage stageBefore(Instant end) {
        return stageAt(end.minusNanos(1));
    }

    /** The steps up, in time order. */
    public List<Step> steps() {
        List<Map.Entry<FunnelStage, Instant>> inOrder = new ArrayList<>(earliest.entrySet());
        inOrder.sort(Map.Entry.<FunnelStage, Instant>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
        List<Step> steps = new ArrayList<>();
        FunnelStage running = FunnelStage.NEIGHBOR;
        for (Map.Entry<FunnelStage, Instant> reached : inOrder) {
            if (reached.getKey().isAbove(running)) {
                steps.add(new Step(running, reached.getKey(), reached.getValue()));
                running = reached.getKey();
            }
        }
        return List.copyOf(steps);
    }
}
