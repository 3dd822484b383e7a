package org.neighborhoodcapital.e2e;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.InitiativeType;

/**
 * A deterministic network for one report year: centers in three time zones, events around the year
 * (some just across its boundaries in UTC but not in local time), one cancelled event, check-ins with
 * repeats, and initiatives. Everything the platform is fed comes from here, and so does the expected
 * report — computed independently in {@link ExpectedImpactReport}.
 */
final class GeneratedNetwork {

    record Center(String id, ZoneId zone) {
    }

    record Event(UUID id, String centerId, EventFormat format, Instant startsAt, Instant endsAt,
                 UUID residentOrganizer, long priceMinor, boolean cancelled) {
    }

    record CheckIn(UUID eventId, UUID participantId, Instant checkedInAt) {
    }

    record Initiative(UUID id, String centerId, InitiativeType type, UUID leaderId, Instant launchedAt) {
    }

    /** A resident as memberships knows them: home center, when they joined, consent, and whether they are erased at the end. */
    record Resident(UUID id, String homeCenterId, Instant joinedAt, boolean researchConsent, boolean erased) {

        /** Gone from every participant figure: erased, or no consent to research use. */
        boolean excluded() {
            return erased || !researchConsent;
        }
    }

    final int year;
    final List<Center> centers = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    /** Every check-in as posted, repeats included, in posting order. */
    final List<CheckIn> checkIns = new ArrayList<>();
    final List<Initiative> initiatives = new ArrayList<>();
    final List<UUID> participants = new ArrayList<>();
    final Map<UUID, Resident> residents = new LinkedHashMap<>();

    private final Random random;

    private GeneratedNetwork(int year, long seed) {
        this.year = year;
        this.random = new Random(seed);
    }

    /** 3 centers, 40 events, ≥ 5,000 distinct check-ins plus repeats. */
    static GeneratedNetwork generate(int year, long seed) {
        GeneratedNetwork network = new GeneratedNetwork(year, seed);
        network.build();
        return network;
    }

    private void build() {
        centers.add(new Center("north-yard", ZoneId.of("Europe/Berlin")));
        centers.add(new Center("river-quarter", ZoneId.of("Asia/Vladivostok")));
        centers.add(new Center("old-mill", ZoneId.of("America/New_York")));
        for (int i = 0; i < 700; i++) {
            participants.add(new UUID(random.nextLong(), random.nextLong()));
        }
        // UTC start on Dec 31 of the previous year, local start Jan 1 (UTC+10): belongs to the year.
        addEvent("river-quarter", Instant.parse((year - 1) + "-12-31T20:00:00Z"), false, false);
        // UTC start on Jan 1 of the next year, local start Dec 31 (UTC-5): belongs to the year.
        addEvent("old-mill", Instant.parse((year + 1) + "-01-01T02:00:00Z"), false, false);
        // Local start Jan 1 of the next year in Vladivostok although UTC is still Dec 31: not in the year.
        addEvent("river-quarter", Instant.parse(year + "-12-31T15:00:00Z"), false, false);
        // Last year's event (local): out of the year.
        addEvent("north-yard", Instant.parse((year - 1) + "-12-20T17:00:00Z"), false, false);
        // A cancelled event whose check-ins were taken before the cancellation.
        addEvent("north-yard", Instant.parse(year + "-05-05T16:00:00Z"), true, false);
        while (events.size() < 40) {
            Center center = centers.get(events.size() % centers.size());
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            Instant start = LocalDateTime.of(day, java.time.LocalTime.of(10 + random.nextInt(10), 0))
                    .atZone(center.zone()).toInstant();
            addEvent(center.id(), start, false, random.nextInt(4) == 0);
        }
        for (Event event : events) {
            int attendees = 100 + random.nextInt(120);
            Set<UUID> chosen = new LinkedHashSet<>();
            while (chosen.size() < attendees) {
                // a skewed draw: a core of regulars comes often, most residents rarely
                int index = random.nextInt(4) == 0 ? random.nextInt(60) : random.nextInt(participants.size());
                chosen.add(participants.get(index));
            }
            for (UUID participant : chosen) {
                Instant at = event.startsAt().plusSeconds(random.nextInt(3600));
                checkIns.add(new CheckIn(event.id(), participant, at));
                if (random.nextInt(10) == 0) {
                    checkIns.add(new CheckIn(event.id(), participant, at.plusSeconds(60)));
                }
            }
        }
        InitiativeType[] types = InitiativeType.values();
        for (int i = 0; i < 15; i++) {
            Center center = centers.get(i % centers.size());
            Instant launchedAt = i == 0
                    ? Instant.parse((year - 1) + "-12-31T23:30:00Z") // Jan 1 local in Berlin: in the year
                    : LocalDate.of(year - (i % 5 == 0 ? 1 : 0), 1 + random.nextInt(12), 1 + random.nextInt(28))
                            .atStartOfDay(center.zone()).plusHours(12).toInstant();
            initiatives.add(new Initiative(new UUID(random.nextLong(), random.nextLong()),
                    i == 0 ? "north-yard" : center.id(), types[i % types.length],
                    participants.get(random.nextInt(participants.size())), launchedAt));
        }
        java.util.Collections.shuffle(checkIns, random);
        Map<UUID, Instant> firstCheckIn = new java.util.HashMap<>();
        for (CheckIn checkIn : checkIns) {
            firstCheckIn.merge(checkIn.participantId(), checkIn.checkedInAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
        Instant yearStart = Instant.parse(year + "-01-01T00:00:00Z");
        for (UUID participant : participants) {
            Center home = centers.get(random.nextInt(centers.size()));
            Instant first = firstCheckIn.getOrDefault(participant, yearStart.plusSeconds(300L * 86400));
            // most joined last year; a quarter joined this year, some time before they first came
            Instant joinedAt = random.nextInt(4) == 0 && first.isAfter(yearStart.plusSeconds(86400))
                    ? yearStart.plusSeconds((long) (random.nextDouble() * (first.getEpochSecond() - yearStart.getEpochSecond())))
                    : yearStart.minusSeconds(86400L * (30 + random.nextInt(300)));
            boolean consent = random.nextInt(25) != 0;
            boolean erased = random.nextInt(50) == 0;
            residents.put(participant, new Resident(participant, home.id(), joinedAt, consent, erased));
        }
    }

    private void addEvent(String centerId, Instant start, boolean cancelled, boolean residentLed) {
        boolean paid = random.nextInt(5) == 0;
        events.add(new Event(new UUID(random.nextLong(), random.nextLong()), centerId,
                EventFormat.values()[random.nextInt(EventFormat.values().length)], start, start.plusSeconds(7200),
                residentLed ? participants.get(random.nextInt(participants.size())) : null,
                paid ? 500 + random.nextInt(2000) : 0, cancelled));
    }

    Center center(String id) {
        return centers.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    Event event(UUID id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** Check-ins grouped by center, keeping posting order. */
    Map<String, List<CheckIn>> checkInsByCenter() {
        Map<String, List<CheckIn>> byCenter = new LinkedHashMap<>();
        for (CheckIn checkIn : checkIns) {
            byCenter.computeIfAbsent(event(checkIn.eventId()).centerId(), c -> new ArrayList<>()).add(checkIn);
        }
        return byCenter;
    }

    long distinctCheckIns() {
        return checkIns.stream().map(c -> c.eventId() + ":" + c.participantId()).distinct().count();
    }

    static ZoneOffset utc() {
        return ZoneOffset.UTC;
    }
}
