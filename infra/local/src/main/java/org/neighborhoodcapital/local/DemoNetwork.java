package org.neighborhoodcapital.local;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A generated demo network of neighborhood centers: who lives where, which events and initiatives
 * happened, who checked in. The same seed and the same "now" always give the same network.
 *
 * <p>Events and initiatives carry local keys ({@code e01}, {@code i1}); the events service assigns
 * the real ids when they are created, and {@link DemoRequests} maps keys to ids.
 */
record DemoNetwork(
        long seed,
        int currentYear,
        List<Center> centers,
        List<Participant> participants,
        List<Initiative> initiatives,
        List<Event> events,
        List<CheckIn> checkIns) {

    record Center(String id, String name) {
    }

    record Participant(UUID id, String homeCenterId) {
    }

    record Initiative(String key, String centerId, String title, String type, UUID leaderId, Instant launchedAt) {
    }

    /** organizerId is null for staff-organized events. */
    record Event(String key, String centerId, String title, String format, Instant startsAt, Instant endsAt,
                 int capacity, String organizerKind, UUID organizerId, long priceMinor, String initiativeKey,
                 boolean cancelled) {
    }

    record CheckIn(String eventKey, String centerId, UUID participantId, Instant checkedInAt) {
    }

    static final List<Center> CENTERS = List.of(
            new Center("north-yard", "North Yard"),
            new Center("river-quarter", "River Quarter"),
            new Center("old-mill", "Old Mill"));

    private static final int[] RESIDENTS_PER_CENTER = {110, 100, 90};
    private static final int EVENTS_PER_CENTER = 14;
    private static final double VISITOR_SHARE = 0.15;
    private static final double REPEATED_SCAN_SHARE = 0.01;

    private enum Format {
        MEETING(40, "Neighbors' meeting", "Courtyard planning meeting", "Residents' council"),
        LECTURE(90, "Lecture: the history of the quarter", "Lecture: saving energy at home", "Lecture: local birds"),
        SEMINAR(35, "Seminar: starting a house committee", "Seminar: digital safety for seniors"),
        TEA_PARTY(40, "Tea party with the newcomers", "Autumn tea party", "Grandparents' tea afternoon"),
        WORKSHOP(25, "Bike repair workshop", "Pottery workshop", "Sewing and mending workshop"),
        FESTIVAL(400, "Street festival", "Harvest festival", "Midsummer yard festival"),
        SCREENING(70, "Documentary screening", "Family film night", "Short films from the neighborhood"),
        READING(35, "Poetry reading", "Children's book reading"),
        CLUB(30, "Chess club", "Board games club", "Gardening club"),
        ASSEMBLY(160, "General assembly", "Budget assembly"),
        COURSE(18, "Language course for newcomers", "Computer basics course", "First aid course"),
        MARKET(300, "Flea market", "Farmers' market", "Swap market"),
        OTHER(45, "Clean-up day", "Open house");

        final int capacity;
        final String[] titles;

        Format(int capacity, String... titles) {
            this.capacity = capacity;
            this.titles = titles;
        }
    }

    private static final String[][] INITIATIVES = {
            {"Tool library", "SHARING"},
            {"Playground renovation fund", "CROWDFUNDING"},
            {"Senior shopping volunteers", "VOLUNTEER"},
            {"Riverside running club", "CLUB"},
            {"Neighborhood bakery cooperative", "MICRO_BUSINESS"},
            {"Homework help for kids", "SOCIAL_PROJECT"},
            {"Library partnership", "PARTNERSHIP"},
    };

    private static final long[] PRICES_MINOR = {300, 500, 800, 1200, 1500};

    static DemoNetwork generate(long seed, Instant now) {
        Random random = new Random(seed);
        int currentYear = now.atZone(ZoneOffset.UTC).getYear();
        Instant previousYearStart = LocalDate.of(currentYear - 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant currentYearStart = LocalDate.of(currentYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant nextYearStart = LocalDate.of(currentYear + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        // Everything that has check-ins is over by "yesterday"; only the cancelled event lies ahead.
        Instant pastEnd = now.minus(Duration.ofDays(1)).isAfter(currentYearStart) ? now.minus(Duration.ofDays(1)) : now;

        List<Participant> participants = new ArrayList<>();
        for (int c = 0; c < CENTERS.size(); c++) {
            for (int i = 0; i < RESIDENTS_PER_CENTER[c]; i++) {
                participants.add(new Participant(uuid(random), CENTERS.get(c).id()));
            }
        }

        List<Initiative> initiatives = new ArrayList<>();
        for (int i = 0; i < INITIATIVES.length; i++) {
            Center center = CENTERS.get(i % CENTERS.size());
            // some launched last year, some this year, so that both years' reports count initiatives
            Instant launchedAt = i % 2 == 0
                    ? between(random, previousYearStart, currentYearStart.minus(Duration.ofDays(1)))
                    : between(random, currentYearStart, pastEnd);
            initiatives.add(new Initiative("i" + (i + 1), center.id(), INITIATIVES[i][0], INITIATIVES[i][1],
                    residentOf(random, participants, center.id()).id(), launchedAt));
        }

        Format[] formats = Format.values();
        List<Event> events = new ArrayList<>();
        int number = 0;
        for (Center center : CENTERS) {
            for (int i = 0; i < EVENTS_PER_CENTER; i++) {
                Format format = formats[(number + i * 5) % formats.length];
                // a bit more than half of the events fall in the previous year
                Instant startsAt = i % 2 == 0 || i % 7 == 1
                        ? between(random, previousYearStart, currentYearStart.minus(Duration.ofDays(1)))
                        : between(random, currentYearStart, pastEnd);
                startsAt = eveningOf(startsAt, random);
                Duration length = Duration.ofMinutes(format == Format.FESTIVAL || format == Format.MARKET ? 360 : 90 + 30 * random.nextInt(4));
                boolean resident = random.nextDouble() < 0.3;
                UUID organizerId = resident ? residentOf(random, participants, center.id()).id() : null;
                long price = random.nextDouble() < 0.15 ? PRICES_MINOR[random.nextInt(PRICES_MINOR.length)] : 0;
                String initiativeKey = null;
                if (random.nextDouble() < 0.25) {
                    for (Initiative initiative : initiatives) {
                        if (initiative.centerId().equals(center.id()) && initiative.launchedAt().isBefore(startsAt)) {
                            initiativeKey = initiative.key();
                            break;
                        }
                    }
                }
                String title = format.titles[random.nextInt(format.titles.length)];
                events.add(new Event(null, center.id(), title, format.name(), startsAt, startsAt.plus(length),
                        format.capacity, resident ? "RESIDENT" : "STAFF", organizerId, price, initiativeKey, false));
            }
            number += EVENTS_PER_CENTER;
        }

        // one more event, planned for the coming days and then cancelled
        Instant cancelledStart = now.plus(Duration.ofDays(10));
        if (!cancelledStart.isBefore(nextYearStart)) {
            cancelledStart = between(random, currentYearStart, pastEnd);
        }
        cancelledStart = eveningOf(cancelledStart, random);
        events.add(new Event(null, "river-quarter", "Open-air concert", Format.OTHER.name(), cancelledStart,
                cancelledStart.plus(Duration.ofHours(2)), 120, "STAFF", null, 0, null, true));

        events.sort(Comparator.comparing(Event::startsAt).thenComparing(Event::centerId));
        List<Event> keyed = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            keyed.add(new Event("e%02d".formatted(i + 1), e.centerId(), e.title(), e.format(), e.startsAt(), e.endsAt(),
                    e.capacity(), e.organizerKind(), e.organizerId(), e.priceMinor(), e.initiativeKey(), e.cancelled()));
        }

        List<CheckIn> checkIns = new ArrayList<>();
        for (Event event : keyed) {
            if (!event.cancelled()) {
                checkIns.addAll(attendance(random, event, participants));
            }
        }
        checkIns.sort(Comparator.comparing(CheckIn::checkedInAt));

        return new DemoNetwork(seed, currentYear, CENTERS, List.copyOf(participants), List.copyOf(initiatives),
                List.copyOf(keyed), List.copyOf(checkIns));
    }

    private static List<CheckIn> attendance(Random random, Event event, List<Participant> participants) {
        List<Participant> residents = new ArrayList<>();
        List<Participant> visitors = new ArrayList<>();
        for (Participant participant : participants) {
            (participant.homeCenterId().equals(event.centerId()) ? residents : visitors).add(participant);
        }
        Collections.shuffle(residents, random);
        Collections.shuffle(visitors, random);

        int wanted = (int) Math.round(event.capacity() * (0.6 + 0.4 * random.nextDouble()));
        int count = Math.min(wanted, participants.size());
        List<CheckIn> checkIns = new ArrayList<>(count);
        int r = 0;
        int v = 0;
        for (int i = 0; i < count; i++) {
            boolean visitor = (random.nextDouble() < VISITOR_SHARE || r == residents.size()) && v < visitors.size();
            Participant who = visitor ? visitors.get(v++) : residents.get(r++);
            Instant at = event.startsAt().plus(Duration.ofMinutes(random.nextInt(50) - 15)).plusSeconds(random.nextInt(60));
            checkIns.add(new CheckIn(event.key(), event.centerId(), who.id(), at));
            if (random.nextDouble() < REPEATED_SCAN_SHARE) {
                // scanned twice at the door: the platform must count this person once
                checkIns.add(new CheckIn(event.key(), event.centerId(), who.id(), at.plusSeconds(90)));
            }
        }
        return checkIns;
    }

    private static Participant residentOf(Random random, List<Participant> participants, String centerId) {
        List<Participant> residents = participants.stream().filter(p -> p.homeCenterId().equals(centerId)).toList();
        return residents.get(random.nextInt(residents.size()));
    }

    private static Instant between(Random random, Instant from, Instant to) {
        long span = Math.max(1, Duration.between(from, to).toSeconds());
        return from.plusSeconds(Math.floorMod(random.nextLong(), span));
    }

    /** Events start on the hour, between 10:00 and 19:00 UTC, on the day picked. */
    private static Instant eveningOf(Instant day, Random random) {
        return day.atZone(ZoneOffset.UTC).toLocalDate().atTime(10 + random.nextInt(10), 0).toInstant(ZoneOffset.UTC);
    }

    /** A version-4 UUID drawn from the seeded random, so participant ids repeat with the seed. */
    private static UUID uuid(Random random) {
        long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    /**
     * Attendances of events held in the year (UTC): one per person and event, however often they
     * were scanned. What the impact report should show once it has caught up.
     */
    long attendancesIn(int year) {
        Set<String> heldThatYear = new HashSet<>();
        for (Event event : events) {
            if (!event.cancelled() && event.startsAt().atZone(ZoneOffset.UTC).getYear() == year) {
                heldThatYear.add(event.key());
            }
        }
        return checkIns.stream()
                .filter(checkIn -> heldThatYear.contains(checkIn.eventKey()))
                .map(checkIn -> checkIn.eventKey() + "/" + checkIn.participantId())
                .distinct()
                .count();
    }

    long paidEvents() {
        return events.stream().filter(e -> e.priceMinor() > 0).count();
    }

    long residentOrganizedEvents() {
        return events.stream().filter(e -> "RESIDENT".equals(e.organizerKind())).count();
    }
}
