package org.neighborhoodcapital.e2e;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;

/**
 * The yearly figures of DESIGN.md computed straight from the generated input, written without
 * looking at the reporting service's code: the test's independent check.
 */
final class ExpectedImpactReport {

    record Figures(long eventsHeld, long residentLedEvents, long attendances, long uniqueParticipants,
                   long returningParticipants, Map<InitiativeType, Long> initiativesLaunched, long newParticipants) {
    }

    record Passes(long activeAtYearEnd, long sold, long renewed, long revenueMinor) {

        Passes plus(Passes other) {
            return new Passes(activeAtYearEnd + other.activeAtYearEnd, sold + other.sold, renewed + other.renewed,
                    revenueMinor + other.revenueMinor);
        }
    }

    /** Funnel of a center (or the network): stage distribution at the end of the year, transitions "FROM->TO" dated in it. */
    record Funnel(Map<FunnelStage, Long> distribution, Map<String, Long> transitions) {
    }

    /** The money and development side of a center: passes, selfSufficiency (revenue / budget), four-step stage. */
    record Membership(Passes passes, Double selfSufficiency, int fourStepStage, Funnel funnel) {
    }

    final Figures network;
    final Map<String, Figures> centers = new TreeMap<>();
    final Map<String, Membership> memberships = new TreeMap<>();
    final Passes networkPasses;
    final Double networkSelfSufficiency;
    final Map<Integer, Long> fourStepStages = new TreeMap<>();
    final Funnel networkFunnel;

    ExpectedImpactReport(GeneratedNetwork input) {
        int year = input.year;
        Set<UUID> heldEvents = new HashSet<>();
        Map<UUID, YearMonth> monthOf = new HashMap<>();
        for (GeneratedNetwork.Event event : input.events) {
            LocalDate localStart = event.startsAt().atZone(input.center(event.centerId()).zone()).toLocalDate();
            if (localStart.getYear() == year && !event.cancelled()) {
                heldEvents.add(event.id());
                monthOf.put(event.id(), YearMonth.from(localStart));
            }
        }
        Map<String, Set<String>> attendancesByCenter = new HashMap<>();
        Map<String, Map<UUID, Set<YearMonth>>> monthsByCenter = new HashMap<>();
        Map<UUID, Set<YearMonth>> networkMonths = new HashMap<>();
        for (GeneratedNetwork.CheckIn checkIn : input.checkIns) {
            GeneratedNetwork.Resident resident = input.residents.get(checkIn.participantId());
            if (!heldEvents.contains(checkIn.eventId()) || (resident != null && resident.excluded())) {
                continue;
            }
            String center = input.event(checkIn.eventId()).centerId();
            attendancesByCenter.computeIfAbsent(center, c -> new HashSet<>()).add(checkIn.eventId() + ":" + checkIn.participantId());
            YearMonth month = monthOf.get(checkIn.eventId());
            monthsByCenter.computeIfAbsent(center, c -> new HashMap<>())
                    .computeIfAbsent(checkIn.participantId(), p -> new HashSet<>()).add(month);
            networkMonths.computeIfAbsent(checkIn.participantId(), p -> new HashSet<>()).add(month);
        }
        long networkEvents = 0;
        long networkResidentLed = 0;
        long networkAttendances = 0;
        long networkJoined = 0;
        Map<InitiativeType, Long> networkInitiatives = zeroes();
        for (GeneratedNetwork.Center center : input.centers) {
            long held = input.events.stream().filter(e -> e.centerId().equals(center.id()) && heldEvents.contains(e.id())).count();
            long residentLed = input.events.stream()
                    .filter(e -> e.centerId().equals(center.id()) && heldEvents.contains(e.id()) && e.residentOrganizer() != null)
                    .count();
            long attendances = attendancesByCenter.getOrDefault(center.id(), Set.of()).size();
            Map<UUID, Set<YearMonth>> months = monthsByCenter.getOrDefault(center.id(), Map.of());
            long returning = months.values().stream().filter(m -> m.size() >= 2).count();
            Map<InitiativeType, Long> initiatives = zeroes();
            input.initiatives.stream()
                    .filter(i -> i.centerId().equals(center.id()))
                    .filter(i -> i.launchedAt().atZone(center.zone()).getYear() == year)
                    .forEach(i -> initiatives.merge(i.type(), 1L, Long::sum));
            initiatives.forEach((type, n) -> networkInitiatives.merge(type, n, Long::sum));
            long joined = input.residents.values().stream()
                    .filter(r -> r.homeCenterId().equals(center.id()) && !r.excluded())
                    .filter(r -> r.joinedAt().atZone(center.zone()).getYear() == year)
                    .count();
            networkJoined += joined;
            centers.put(center.id(), new Figures(held, residentLed, attendances, months.size(), returning, initiatives, joined));
            networkEvents += held;
            networkResidentLed += residentLed;
            networkAttendances += attendances;
        }
        network = new Figures(networkEvents, networkResidentLed, networkAttendances, networkMonths.size(),
                networkMonths.values().stream().filter(m -> m.size() >= 2).count(), networkInitiatives, networkJoined);

        Map<UUID, List<Step>> steps = funnelSteps(input);
        Passes allPasses = new Passes(0, 0, 0, 0);
        long allBudgets = 0;
        Map<FunnelStage, Long> networkDistribution = zeroStages();
        Map<String, Long> networkTransitions = new TreeMap<>();
        for (GeneratedNetwork.Center center : input.centers) {
            Passes passes = passes(input, center, year);
            allPasses = allPasses.plus(passes);
            allBudgets += center.budgetMinor();
            Double selfSufficiency = center.budgetMinor() > 0 ? (double) passes.revenueMinor() / center.budgetMinor() : null;
            Figures figures = centers.get(center.id());
            int stage = 0;
            boolean sharing = figures.initiativesLaunched().get(InitiativeType.SHARING) + figures.initiativesLaunched().get(InitiativeType.CROWDFUNDING) > 0;
            boolean paidResidentLed = input.events.stream().anyMatch(e -> e.centerId().equals(center.id()) && heldEvents.contains(e.id())
                    && e.residentOrganizer() != null && e.priceMinor() > 0);
            boolean business = figures.initiativesLaunched().get(InitiativeType.MICRO_BUSINESS) > 0 || paidResidentLed;
            if (figures.eventsHeld() > 0) {
                stage = 1;
                if (sharing) {
                    stage = 2;
                    if (business) {
                        stage = 3;
                        if (selfSufficiency != null && selfSufficiency >= 1.0) {
                            stage = 4;
                        }
                    }
                }
            }
            fourStepStages.merge(stage, 1L, Long::sum);

            Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(center.zone()).toInstant();
            Map<FunnelStage, Long> distribution = zeroStages();
            Map<String, Long> transitions = new TreeMap<>();
            for (GeneratedNetwork.Resident resident : input.residents.values()) {
                if (!resident.homeCenterId().equals(center.id()) || resident.excluded() || !resident.joinedAt().isBefore(end)) {
                    continue;
                }
                FunnelStage at = FunnelStage.NEIGHBOR;
                FunnelStage before = FunnelStage.NEIGHBOR;
                for (Step step : steps.get(resident.id())) {
                    if (step.at().isBefore(end)) {
                        at = step.to();
                    }
                    if (step.at().atZone(center.zone()).getYear() == year) {
                        transitions.merge(before + "->" + step.to(), 1L, Long::sum);
                    }
                    before = step.to();
                }
                distribution.merge(at, 1L, Long::sum);
            }
            distribution.forEach((s, n) -> networkDistribution.merge(s, n, Long::sum));
            transitions.forEach((t, n) -> networkTransitions.merge(t, n, Long::sum));
            memberships.put(center.id(), new Membership(passes, selfSufficiency, stage, new Funnel(distribution, transitions)));
        }
        for (int stage = 0; stage <= 4; stage++) {
            fourStepStages.putIfAbsent(stage, 0L);
        }
        networkPasses = allPasses;
        networkSelfSufficiency = allBudgets > 0 ? (double) allPasses.revenueMinor() / allBudgets : null;
        networkFunnel = new Funnel(networkDistribution, networkTransitions);
    }

    /** DESIGN.md "Passes", the year read in the selling center's zone. */
    private static Passes passes(GeneratedNetwork input, GeneratedNetwork.Center center, int year) {
        ZoneId zone = center.zone();
        Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        long active = 0;
        long sold = 0;
        long renewed = 0;
        long revenue = 0;
        for (GeneratedNetwork.PassSale sale : input.passSales) {
            if (!sale.plan().centerId().equals(center.id())) {
                continue;
            }
            long price = sale.plan().priceMinor();
            int days = sale.plan().durationDays();
            if (sale.purchasedAt().atZone(zone).getYear() == year) {
                sold++;
                revenue += price;
            }
            Instant until = sale.purchasedAt().atZone(zone).plusDays(days).toInstant();
            if (sale.renewedAt() != null) {
                if (sale.renewedAt().atZone(zone).getYear() == year) {
                    renewed++;
                    revenue += price;
                }
                if (sale.renewedAt().isBefore(end)) {
                    Instant from = sale.renewedAt().isAfter(until) ? sale.renewedAt() : until;
                    until = from.atZone(zone).plusDays(days).toInstant();
                }
            }
            if (sale.cancelledAt() != null && sale.cancelledAt().atZone(zone).getYear() == year) {
                revenue -= sale.refundMinor();
            }
            Instant lastInstant = end.minusNanos(1);
            boolean cancelledBefore = sale.cancelledAt() != null && !sale.cancelledAt().isAfter(lastInstant);
            if (!input.residents.get(sale.participantId()).excluded() && !sale.purchasedAt().isAfter(lastInstant)
                    && !cancelledBefore && until.isAfter(lastInstant)) {
                active++;
            }
        }
        return new Passes(active, sold, renewed, revenue);
    }

    record Step(Instant at, FunnelStage to) {
    }

    /**
     * Each participant's funnel steps, from everything the input holds (DESIGN.md "Funnel" with the
     * dating rules memberships settled): PARTICIPANT at the check-in completing the 3rd distinct
     * not-cancelled event (each at its earliest check-in); INITIATOR at the start of the first
     * not-cancelled event they organized or the launch of their first initiative; LEADER at the
     * check-in bringing the not-cancelled events of an initiative they lead to 5 distinct attendees,
     * not before its launch; nothing before joining; only steps upwards, the highest at a tie.
     */
    static Map<UUID, List<Step>> funnelSteps(GeneratedNetwork input) {
        Set<UUID> cancelled = new HashSet<>();
        input.events.stream().filter(GeneratedNetwork.Event::cancelled).forEach(e -> cancelled.add(e.id()));
        Map<UUID, Map<UUID, Instant>> firstCheckIn = new HashMap<>(); // participant -> event -> earliest
        for (GeneratedNetwork.CheckIn checkIn : input.checkIns) {
            if (!cancelled.contains(checkIn.eventId())) {
                firstCheckIn.computeIfAbsent(checkIn.participantId(), p -> new HashMap<>())
                        .merge(checkIn.eventId(), checkIn.checkedInAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<UUID, Instant> participantAt = new HashMap<>();
        firstCheckIn.forEach((participant, events) -> {
            List<Instant> times = events.values().stream().sorted().toList();
            if (times.size() >= 3) {
                participantAt.put(participant, times.get(2));
            }
        });
        Map<UUID, Instant> initiatorAt = new HashMap<>();
        for (GeneratedNetwork.Event event : input.events) {
            if (event.residentOrganizer() != null && !event.cancelled()) {
                initiatorAt.merge(event.residentOrganizer(), event.startsAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<UUID, Instant> leaderAt = new HashMap<>();
        for (GeneratedNetwork.Initiative initiative : input.initiatives) {
            initiatorAt.merge(initiative.leaderId(), initiative.launchedAt(), (a, b) -> a.isBefore(b) ? a : b);
            Map<UUID, Instant> attendeeFirst = new HashMap<>();
            for (GeneratedNetwork.CheckIn checkIn : input.checkIns) {
                GeneratedNetwork.Event event = input.event(checkIn.eventId());
                if (initiative.id().equals(event.initiativeId()) && !event.cancelled()) {
                    attendeeFirst.merge(checkIn.participantId(), checkIn.checkedInAt(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
            List<Instant> times = attendeeFirst.values().stream().sorted().toList();
            if (times.size() >= 5) {
                Instant at = times.get(4).isBefore(initiative.launchedAt()) ? initiative.launchedAt() : times.get(4);
                leaderAt.merge(initiative.leaderId(), at, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<UUID, List<Step>> steps = new HashMap<>();
        for (GeneratedNetwork.Resident resident : input.residents.values()) {
            List<Step> candidates = new ArrayList<>();
            for (Map.Entry<FunnelStage, Map<UUID, Instant>> rule : List.of(Map.entry(FunnelStage.PARTICIPANT, participantAt),
                    Map.entry(FunnelStage.INITIATOR, initiatorAt), Map.entry(FunnelStage.LEADER, leaderAt))) {
                Instant at = rule.getValue().get(resident.id());
                if (at != null) {
                    candidates.add(new Step(at.isBefore(resident.joinedAt()) ? resident.joinedAt() : at, rule.getKey()));
                }
            }
            candidates.sort(Comparator.comparing(Step::at).thenComparing(Step::to, Comparator.reverseOrder()));
            List<Step> up = new ArrayList<>();
            FunnelStage current = FunnelStage.NEIGHBOR;
            for (Step candidate : candidates) {
                if (candidate.to().ordinal() > current.ordinal()) {
                    up.add(candidate);
                    current = candidate.to();
                }
            }
            steps.put(resident.id(), up);
        }
        return steps;
    }

    private static Map<FunnelStage, Long> zeroStages() {
        Map<FunnelStage, Long> map = new EnumMap<>(FunnelStage.class);
        for (FunnelStage stage : FunnelStage.values()) {
            map.put(stage, 0L);
        }
        return map;
    }

    private static Map<InitiativeType, Long> zeroes() {
        Map<InitiativeType, Long> map = new EnumMap<>(InitiativeType.class);
        for (InitiativeType type : InitiativeType.values()) {
            map.put(type, 0L);
        }
        return map;
    }
}
