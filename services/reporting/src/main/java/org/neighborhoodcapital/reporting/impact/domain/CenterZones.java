package org.neighborhoodcapital.reporting.impact.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The time zone each center reads its dates in; a center not listed uses the fallback zone. */
public record CenterZones(Map<String, ZoneId> zones, ZoneId fallback) {

    public CenterZones {
        zones = Map.copyOf(zones);
        Objects.requireNonNull(fallback, "fallback");
    }

    public static CenterZones allIn(ZoneId zone) {
        return new CenterZones(Map.of(), zone);
    }

    public ZoneId zoneOf(String centerId) {
        return zones.getOrDefault(centerId, fallback);
    }

    /**
     * The instants at which year {@code year} is under way in at least one of these zones: from the
     * earliest local Jan 1 00:00 to the latest local Jan 1 00:00 of the next year. Every fact of the
     * year lies inside, so loading only this window loses nothing.
     */
    public TimeWindow yearWindow(int year) {
        Set<ZoneId> all = new HashSet<>(zones.values());
        all.add(fallback);
        Instant from = null;
        Instant until = null;
        for (ZoneId zone : all) {
            Instant start = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
            Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
            from = from == null || start.isBefore(from) ? start : from;
            until = until == null || end.isAfter(until) ? end : until;
        }
        return new TimeWindow(from, until);
    }
}
