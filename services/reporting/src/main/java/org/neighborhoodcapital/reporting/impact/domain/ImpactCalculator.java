package org.neighborhoodcapital.reporting.impact.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;

/**
 * Computes the yearly impact figures exactly as defined in the design: every time is read in its
 * center's own zone, an event belongs to the local date of its start and an attendance to its event.
 * Facts outside the year are ignored, so callers may pass a generous superset.
 */
public final class ImpactCalculator {

    private final ImpactRules rules;

    public ImpactCalculator(ImpactRules rules) {
        this.rules = rules;
    }

    public ImpactReport compute(int year, CenterZones zones,
                                Iterable<EventFacts> events, Iterable<InitiativeFacts> initiatives) {
        return compute(year, zones, events, initiatives, MembershipFacts.NONE);
    }

    /**
     * The year's report. Participants that memberships marks as excluded (erased, or without research
     * consent) count in no participant figure; participants memberships does not know (yet) do count.
     */
    public ImpactReport compute(int year, CenterZones zones, Iterable<EventFacts> events,
                                Iterable<InitiativeFacts> initiatives, MembershipFacts membership) {
        Set<UUID> excluded = membership.excludedParticipants();
        Tally network = new Tally();
        Map<String, Tally> centers = new TreeMap<>();
        for (EventFacts event : events) {
            if (event.cancelled()) {
                continue;
            }
            LocalDate start = localDate(event.startsAt(), zones.zoneOf(event.centerId()));
            if (start.getYear() != year) {
                continue;
            }
            Set<UUID> attendees = counted(event.attendees(), excluded);
            int month = start.getMonthValue();
            boolean paidResidentLed = event.residentLed() && event.paid();
            network.eventHeld(event.residentLed(), paidResidentLed, attendees, month);
            centers.computeIfAbsent(event.centerId(), id -> new Tally())
                    .eventHeld(event.residentLed(), paidResidentLed, attendees, month);
        }
        for (InitiativeFacts initiative : initiatives) {
            if (localDate(initiative.launchedAt(), zones.zoneOf(initiative.centerId())).getYear() != year) {
                continue;
            }
            network.initiativeLaunched(initiative.type());
            centers.computeIfAbsent(initiative.centerId(), id -> new Tally()).initiativeLaunched(initiative.type());
        }
        MembershipCalculator members = new MembershipCalculator(year, zones, membership, excluded).run();
        members.centers.forEach((centerId, tally) -> {
            if (tally.active) {
                centers.computeIfAbsent(centerId, id -> new Tally());
            }
        });

        List<CenterImpact> perCenter = new ArrayList<>(centers.size());
        Set<UUID> newParticipants = new HashSet<>();
        Map<FunnelStage, Long> distribution = new EnumMap<>(FunnelStage.class);
        Map<List<FunnelStage>, Long> transitions = new HashMap<>();
        long activePasses = 0;
        long sold = 0;
        long renewed = 0;
        Map<String, Long> revenue = new TreeMap<>();
        for (MembershipCalculator.CenterTally tally : members.centers.values()) {
            newParticipants.addAll(tally.newParticipants);
            tally.distribution.forEach((stage, n) -> distribution.merge(stage, n, Long::sum));
            tally.transitions.forEach((pair, n) -> transitions.merge(pair, n, Long::sum));
            activePasses += tally.activePasses;
            sold += tally.sold;
            renewed += tally.renewed;
            tally.revenue.forEach((currency, amount) -> revenue.merge(currency, amount, Long::sum));
        }
        Map<Integer, Long> stages = new TreeMap<>();
        for (int stage = 0; stage <= 4; stage++) {
            stages.put(stage, 0L);
        }
        centers.forEach((centerId, tally) -> {
            ImpactFigures figures = tally.figures(rules);
            CenterMembership centerMembership = centerMembership(members.tally(centerId),
                    membership.budgets().get(centerId), figures, tally.paidResidentLedEvents > 0);
            stages.merge(centerMembership.fourStepStage(), 1L, Long::sum);
            perCenter.add(new CenterImpact(centerId, zones.zoneOf(centerId), figures, centerMembership));
        });
        NetworkMembership networkMembership = new NetworkMembership(newParticipants.size(),
                MembershipCalculator.funnel(distribution, transitions),
                new PassFigures(activePasses, sold, renewed, revenue),
                members.networkSelfSufficiency(), stages);
        return new ImpactReport(year, network.figures(rules), networkMembership, perCenter.size(), perCenter);
    }

    private CenterMembership centerMembership(MembershipCalculator.CenterTally tally, Money budget,
                                              ImpactFigures figures, boolean paidResidentLedEvent) {
        PassFigures passes = tally.passes();
        String currency = MembershipCalculator.currencyOf(budget, passes);
        Double selfSufficiency = MembershipCalculator.selfSufficiency(budget, passes);
        boolean[] reached = {
                figures.eventsHeld() > 0,
                figures.initiativesLaunched(InitiativeType.SHARING) + figures.initiativesLaunched(InitiativeType.CROWDFUNDING) > 0,
                figures.initiativesLaunched(InitiativeType.MICRO_BUSINESS) > 0 || paidResidentLedEvent,
                selfSufficiency != null && selfSufficiency >= rules.selfSufficiencyThreshold()};
        int stage = 0;
        while (stage < reached.length && reached[stage]) {
            stage++;
        }
        return new CenterMembership(tally.newParticipants.size(), tally.funnel(), passes, currency,
                currency == null ? 0 : passes.revenueIn(currency), selfSufficiency, stage);
    }

    private static Set<UUID> counted(Collection<UUID> attendees, Set<UUID> excluded) {
        Set<UUID> distinct = distinct(attendees);
        if (excluded.isEmpty()) {
            return distinct;
        }
        Set<UUID> counted = new HashSet<>(distinct);
        counted.removeAll(excluded);
        return counted;
    }

    private static LocalDate localDate(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }

    private static Set<UUID> distinct(Collection<UUID> attendees) {
        return attendees instanceof Set<UUID> set ? set : new HashSet<>(attendees);
    }

    /** Running counts of one scope (a center or the network); months attended as a 12-bit mask per participant. */
    private static final class Tally {

        private long eventsHeld;
        private long residentLedEvents;
        private long paidResidentLedEvents;
        private long attendances;
        private final Map<UUID, Integer> monthsAttended = new HashMap<>();
        private final Map<InitiativeType, Long> initiatives = new EnumMap<>(InitiativeType.class);

        void eventHeld(boolean residentLed, boolean paidResidentLed, Set<UUID> attendees, int month) {
            eventsHeld++;
            if (paidResidentLed) {
                paidResidentLedEvents++;
            }
            if (residentLed) {
                residentLedEvents++;
            }
            attendances += attendees.size();
            int bit = 1 << (month - 1);
            for (UUID participant : attendees) {
                monthsAttended.merge(participant, bit, (a, b) -> a | b);
            }
        }

        void initiativeLaunched(InitiativeType type) {
            initiatives.merge(type, 1L, Long::sum);
        }

        ImpactFigures figures(ImpactRules rules) {
            long returning = monthsAttended.values().stream()
                    .filter(months -> Integer.bitCount(months) >= rules.returningMinMonths())
                    .count();
            Map<InitiativeType, Long> byType = new EnumMap<>(InitiativeType.class);
            for (InitiativeType type : InitiativeType.values()) {
                byType.put(type, initiatives.getOrDefault(type, 0L));
            }
            return new ImpactFigures(eventsHeld, residentLedEvents, attendances,
                    monthsAttended.size(), returning, byType);
        }
    }
}
