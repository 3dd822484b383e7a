package org.neighborhoodcapital.reporting.impact.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;

/**
 * The membership side of the year (new participants, funnel, passes), per center and for the
 * network, every date read in the zone of the center concerned: a participant's home center, a
 * pass's selling center. Participants excluded (erased, no consent) are left out of every figure
 * about people; pass money stays the center's.
 */
final class MembershipCalculator {

    /** Running membership figures of one center. */
    static final class CenterTally {
        final Set<UUID> newParticipants = new HashSet<>();
        final Map<FunnelStage, Long> distribution = new EnumMap<>(FunnelStage.class);
        final Map<List<FunnelStage>, Long> transitions = new HashMap<>();
        long activePasses;
        long sold;
        long renewed;
        final Map<String, Long> revenue = new TreeMap<>();
        /** Something happened at the center in the year (so it is reported even without events). */
        boolean active;

        PassFigures passes() {
            return new PassFigures(activePasses, sold, renewed, revenue);
        }

        FunnelFigures funnel() {
            return MembershipCalculator.funnel(distribution, transitions);
        }
    }

    private final int year;
    private final CenterZones zones;
    private final MembershipFacts facts;
    private final Set<UUID> excluded;
    final Map<String, CenterTally> centers = new TreeMap<>();

    MembershipCalculator(int year, CenterZones zones, MembershipFacts facts, Set<UUID> excluded) {
        this.year = year;
        this.zones = zones;
        this.facts = facts;
        this.excluded = excluded;
    }

    MembershipCalculator run() {
        Map<UUID, ParticipantFacts> participants = new HashMap<>();
        for (ParticipantFacts participant : facts.participants()) {
            participants.put(participant.participantId(), participant);
        }
        Map<UUID, FunnelTimeline> timelines = FunnelTimeline.byParticipant(facts.funnelChanges());
        Map<UUID, String> recordedHome = new HashMap<>();
        for (FunnelChangeFacts change : facts.funnelChanges()) {
            recordedHome.put(change.participantId(), change.homeCenterId());
        }
        for (ParticipantFacts participant : participants.values()) {
            if (participant.excluded() || !participant.joined()) {
                continue;
            }
            ZoneId zone = zones.zoneOf(participant.homeCenterId());
            Instant end = endOfYear(zone);
            if (!participant.joinedAt().isBefore(end)) {
                continue;
            }
            CenterTally center = tally(participant.homeCenterId());
            center.distribution.merge(timelines.getOrDefault(participant.participantId(), FunnelTimeline.empty()).stageBefore(end),
                    1L, Long::sum);
            if (LocalDate.ofInstant(participant.joinedAt(), zone).getYear() == year) {
                center.newParticipants.add(participant.participantId());
                center.active = true;
            }
        }
        for (Map.Entry<UUID, FunnelTimeline> timeline : timelines.entrySet()) {
            UUID participantId = timeline.getKey();
            if (excluded.contains(participantId)) {
                continue;
            }
            ParticipantFacts participant = participants.get(participantId);
            String home = participant != null && participant.joined() ? participant.homeCenterId() : recordedHome.get(participantId);
            for (FunnelTimeline.Step step : timeline.getValue().steps()) {
                if (inYear(step.at(), home)) {
                    CenterTally center = tally(home);
                    center.transitions.merge(List.of(step.from(), step.to()), 1L, Long::sum);
                    center.active = true;
                }
            }
        }
        for (PassFacts pass : facts.passes()) {
            pass(pass);
        }
        return this;
    }

    private void pass(PassFacts pass) {
        String centerId = pass.centerId();
        CenterTally center = tally(centerId);
        if (pass.purchasedAt() != null && pass.price() != null && inYear(pass.purchasedAt(), centerId)) {
            center.sold++;
            add(center, pass.price(), 1);
        }
        for (PassFacts.Renewal renewal : pass.renewals()) {
            if (inYear(renewal.renewedAt(), centerId)) {
                center.renewed++;
                add(center, renewal.price(), 1);
            }
        }
        if (pass.cancelledAt() != null && pass.refund() != null && inYear(pass.cancelledAt(), centerId)) {
            add(center, pass.refund(), -1);
        }
        if (pass.activeAtEndBefore(endOfYear(zones.zoneOf(centerId)))
                && (pass.participantId() == null || !excluded.contains(pass.participantId()))) {
            center.activePasses++;
            center.active = true;
        }
    }

    private static void add(CenterTally center, Money money, int sign) {
        center.revenue.merge(money.currency(), sign * money.amountMinor(), Long::sum);
        center.active = true;
    }

    CenterTally tally(String centerId) {
        return centers.computeIfAbsent(centerId, id -> new CenterTally());
    }

    private boolean inYear(Instant instant, String centerId) {
        return LocalDate.ofInstant(instant, zones.zoneOf(centerId)).getYear() == year;
    }

    private Instant endOfYear(ZoneId zone) {
        return LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
    }

    static FunnelFigures funnel(Map<FunnelStage, Long> distribution, Map<List<FunnelStage>, Long> transitions) {
        Map<FunnelStage, Long> all = new EnumMap<>(FunnelStage.class);
        for (FunnelStage stage : FunnelStage.values()) {
            all.put(stage, distribution.getOrDefault(stage, 0L));
        }
        List<FunnelFigures.Transition> steps = new ArrayList<>();
        transitions.forEach((pair, count) -> steps.add(new FunnelFigures.Transition(pair.get(0), pair.get(1), count)));
        steps.sort(Comparator.comparing(FunnelFigures.Transition::from).thenComparing(FunnelFigures.Transition::to));
        return new FunnelFigures(all, steps);
    }

    /**
     * The center's revenue currency: its budget's when it has one, else the one its passes were paid
     * in (the first by code when several), else null.
     */
    static String currencyOf(Money budget, PassFigures passes) {
        if (budget != null) {
            return budget.currency();
        }
        return passes.revenueByCurrency().keySet().stream().sorted().findFirst().orElse(null);
    }

    /** Revenue / budget; null without a (positive) budget or when any revenue is in another currency. */
    static Double selfSufficiency(Money budget, PassFigures passes) {
        if (budget == null || budget.amountMinor() <= 0) {
            return null;
        }
        for (Map.Entry<String, Long> revenue : passes.revenueByCurrency().entrySet()) {
            if (!revenue.getKey().equals(budget.currency()) && revenue.getValue() != 0) {
                return null;
            }
        }
        return (double) passes.revenueIn(budget.currency()) / budget.amountMinor();
    }

    /** Total revenue / total budget over the centers with a budget, when those budgets share one currency; else null. */
    Double networkSelfSufficiency() {
        Set<String> currencies = new HashSet<>();
        long budget = 0;
        long revenue = 0;
        for (Map.Entry<String, Money> entry : facts.budgets().entrySet()) {
            currencies.add(entry.getValue().currency());
            budget += entry.getValue().amountMinor();
            CenterTally center = centers.get(entry.getKey());
            if (center != null) {
                revenue += center.revenue.getOrDefault(entry.getValue().currency(), 0L);
            }
        }
        if (currencies.size() != 1 || budget <= 0) {
            return null;
        }
        return (double) revenue / budget;
    }
}
