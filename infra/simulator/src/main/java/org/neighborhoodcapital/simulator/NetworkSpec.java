package org.neighborhoodcapital.simulator;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * What network to simulate. The same spec (seed included) always gives the same network, record for
 * record and id for id.
 *
 * @param seed                    drives every random choice
 * @param year                    the year the network is reported on (the "current" year of a demo)
 * @param centers                 number of centers
 * @param participants            number of participants (residents who joined a home center)
 * @param targetCheckIns          check-ins to generate (met exactly unless the centers are too small for it)
 * @param from                    first day of activity (events, initiatives, passes), local dates
 * @param until                   first day after the activity (exclusive); nothing but cancelled
 *                                upcoming events lies after it
 * @param foundedOn               earliest join date: the founding members join between it and 20 days after {@code from}
 * @param visitorShare            share of an event's check-ins by residents of other centers
 * @param cancelledShare          share of events cancelled before they started (no check-ins)
 * @param rescheduledShare        share of events moved to another day once
 * @param registeredShare         share of attendees who registered beforehand (courses, workshops and paid events: more)
 * @param passHolderShare         share of participants who buy a season ticket
 * @param selfAssessingShare      share of consenting, active participants who answer the subjectivity instrument
 * @param upcomingCancelledEvents events planned after {@code until} and cancelled (a demo shows one)
 */
public record NetworkSpec(
        long seed,
        int year,
        int centers,
        int participants,
        long targetCheckIns,
        LocalDate from,
        LocalDate until,
        LocalDate foundedOn,
        double visitorShare,
        double cancelledShare,
        double rescheduledShare,
        double registeredShare,
        double passHolderShare,
        double selfAssessingShare,
        int upcomingCancelledEvents) {

    public NetworkSpec {
        if (centers < 1) {
            throw new IllegalArgumentException("centers must be at least 1");
        }
        if (participants < centers) {
            throw new IllegalArgumentException("participants must be at least the number of centers");
        }
        if (targetCheckIns < 0) {
            throw new IllegalArgumentException("targetCheckIns must not be negative");
        }
        if (from == null || until == null || foundedOn == null || !until.isAfter(from) || foundedOn.isAfter(from)) {
            throw new IllegalArgumentException("need foundedOn <= from < until: " + foundedOn + ", " + from + ", " + until);
        }
        for (double share : new double[] {visitorShare, cancelledShare, rescheduledShare, registeredShare, passHolderShare,
                selfAssessingShare}) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("shares lie between 0 and 1: " + share);
            }
        }
    }

    /** Today's demo (UTC date): 3 centers, 300 participants, about 3,500 check-ins over last year and this one until yesterday. */
    public static NetworkSpec demo(long seed) {
        return demo(seed, LocalDate.now(ZoneOffset.UTC));
    }

    /** The demo as seen on {@code today}: activity from January 1 of last year until the day before yesterday. */
    public static NetworkSpec demo(long seed, LocalDate today) {
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
        LocalDate until = today.minusDays(1);
        return new NetworkSpec(seed, today.getYear(), 3, 300, 3_500, from, until, from,
                0.15, 0.02, 0.03, 0.2, 1.0 / 3, 0.85, 1);
    }

    /** About 10 centers, 2,000 participants and 100,000 check-ins in 2025. */
    public static NetworkSpec small(long seed) {
        return fullYear(seed, 2025, 10, 2_000, 100_000);
    }

    /** 100 centers, 50,000 participants and 5,000,000 check-ins in 2025 (check-ins are streamed, never held). */
    public static NetworkSpec large(long seed) {
        return fullYear(seed, 2025, 100, 50_000, 5_000_000);
    }

    /** A network active through the whole of {@code year}, founded two years earlier. */
    public static NetworkSpec fullYear(long seed, int year, int centers, int participants, long targetCheckIns) {
        LocalDate from = LocalDate.of(year, 1, 1);
        return new NetworkSpec(seed, year, centers, participants, targetCheckIns, from, from.plusYears(1), from.minusYears(2),
                0.15, 0.02, 0.03, 0.2, 1.0 / 3, 0.85, 0);
    }

    /** {@code demo}, {@code small} or {@code large}. */
    public static NetworkSpec named(String name, long seed) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "demo" -> demo(seed);
            case "small" -> small(seed);
            case "large" -> large(seed);
            default -> throw new IllegalArgumentException("unknown spec " + name + " (demo, small or large)");
        };
    }

    public NetworkSpec withSeed(long newSeed) {
        return new NetworkSpec(newSeed, year, centers, participants, targetCheckIns, from, until, foundedOn, visitorShare,
                cancelledShare, rescheduledShare, registeredShare, passHolderShare, selfAssessingShare, upcomingCancelledEvents);
    }

    public NetworkSpec withTargetCheckIns(long checkIns) {
        return new NetworkSpec(seed, year, centers, participants, checkIns, from, until, foundedOn, visitorShare,
                cancelledShare, rescheduledShare, registeredShare, passHolderShare, selfAssessingShare, upcomingCancelledEvents);
    }

    public NetworkSpec withSize(int centerCount, int participantCount, long checkIns) {
        return new NetworkSpec(seed, year, centerCount, participantCount, checkIns, from, until, foundedOn, visitorShare,
                cancelledShare, rescheduledShare, registeredShare, passHolderShare, selfAssessingShare, upcomingCancelledEvents);
    }
}
