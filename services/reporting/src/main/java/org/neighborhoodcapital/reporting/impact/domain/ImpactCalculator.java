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

import org.neighborhoodcapital.contracts.events.InitiativeType;

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
            Set<UUID> attendees = distinct(event.attendees());
            int month = start.getMonthValue();
            network.eventHeld(event.residentLed(), attendees, month);
            centers.computeIfAbsent(event.centerId(), id -> new Tally()).eventHeld(event.residentLed(), attendees, month);
        }
        for (InitiativeFacts initiative : initiatives) {
            if (localDate(initiative.launchedAt(), zones.zoneOf(initiative.centerId())).getYear() != year) {
                continue;
            }
            network.initiativeLaunched(initiative.type());
            centers.computeIfAbsent(initiative.centerId(), id -> new Tally()).initiativeLaunched(initiative.type());
        }
        List<CenterImpact> perCenter = new ArrayList<>(centers.size());
        centers.forEach((centerId, tally) ->
                perCenter.add(new CenterImpact(centerId, zones.zoneOf(centerId), tally.figures(rules))));
        return new ImpactReport(year, network.figures(rules), perCenter.size(), perCenter);
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
        private long attendances;
        private final Map<UUID, Integer> monthsAttended = new HashMap<>();
        private final Map<InitiativeType, Long> initiatives = new EnumMap<>(InitiativeType.class);

        void eventHeld(boolean residentLed, Set<UUID> attendees, int month) {
            eventsHeld++;
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
