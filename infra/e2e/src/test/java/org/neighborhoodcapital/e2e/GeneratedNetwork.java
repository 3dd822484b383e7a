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
import org.neighborhoodcapital.contracts.memberships.PassTier;

/**
 * A deterministic network for one report year: centers in three time zones, events around the year
 * (some just across its boundaries in UTC but not in local time), one cancelled event, check-ins with
 * repeats, and initiatives. Everything the platform is fed comes from here, and so does the expected
 * report — computed independently in {@link ExpectedImpactReport}.
 */
final class GeneratedNetwork {

    /** A center and its yearly operating budget in RUB (minor units). */
    record Center(String id, ZoneId zone, long budgetMinor) {
    }

    record Event(UUID id, String centerId, EventFormat format, Instant startsAt, Instant endsAt,
                 UUID residentOrganizer, long priceMinor, boolean cancelled, UUID initiativeId) {
    }

    /** A season-ticket plan of a center, priced in the budget's currency (RUB). */
    record PassPlan(String key, String centerId, PassTier tier, long priceMinor, int durationDays) {
    }

    /** A pass sold, then maybe renewed once, then maybe cancelled with a refund (in that order). */
    record PassSale(UUID participantId, PassPlan plan, Instant purchasedAt, Instant renewedAt, Instant cancelledAt,
                    long refundMinor) {
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
    final List<PassPlan> passPlans = new ArrayList<>();
    final List<PassSale> passSales = new ArrayList<>();

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
        // north-yard runs on a small budget its passes can cover (four-step stage 4); the others cannot
        centers.add(new Center("north-yard", ZoneId.of("Europe/Berlin"), 100_000_00L));
        centers.add(new Center("river-quarter", ZoneId.of("Asia/Vladivostok"), 1_200_000_00L));
        centers.add(new Center("old-mill", ZoneId.of("America/New_York"), 1_200_000_00L));
        for (int i = 0; i < 700; i++) {
            participants.add(new UUID(random.nextLong(), random.nextLong()));
        }
        // residents who came only to the cancelled event: its check-ins may reach the funnel before its
        // cancellation does, and with a single event nobody of them can become a PARTICIPANT either way
        List<UUID> onlyAtTheCancelledEvent = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            onlyAtTheCancelledEvent.add(new UUID(random.nextLong(), random.nextLong()));
        }
        buildInitiatives();
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
        linkEventsToInitiatives();
        for (Event event : events) {
            int attendees = 100 + random.nextInt(120);
            Set<UUID> chosen = new LinkedHashSet<>();
            if (event.cancelled()) {
                chosen.addAll(onlyAtTheCancelledEvent);
            }
            while (chosen.size() < attendees && !event.cancelled()) {
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
        participants.addAll(onlyAtTheCancelledEvent);
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
        buildPasses();
    }

    private void buildInitiatives() {
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
        // north-yard also starts a small business in the year (four-step stage 3)
        initiatives.add(new Initiative(new UUID(random.nextLong(), random.nextLong()), "north-yard", InitiativeType.MICRO_BUSINESS,
                participants.get(random.nextInt(participants.size())),
                LocalDate.of(year, 3, 3).atStartOfDay(center("north-yard").zone()).plusHours(12).toInstant()));
    }

    /** Some events belong to an initiative of their center: what its leader is measured by. */
    private void linkEventsToInitiatives() {
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            // an initiative's events follow its launch
            List<Initiative> ofCenter = initiatives.stream()
                    .filter(x -> x.centerId().equals(event.centerId()) && x.launchedAt().isBefore(event.startsAt()))
                    .toList();
            if (!event.cancelled() && i % 3 == 0 && !ofCenter.isEmpty()) {
                Initiative initiative = ofCenter.get(random.nextInt(ofCenter.size()));
                events.set(i, new Event(event.id(), event.centerId(), event.format(), event.startsAt(), event.endsAt(),
                        event.residentOrganizer(), event.priceMinor(), event.cancelled(), initiative.id()));
            }
        }
    }

    /**
     * Per center: a 30-day plan sold in the year before and in the year (never overlapping for one
     * holder), and a 1,100-day plan — still valid today, so it can be renewed and cancelled — of which
     * some are renewed in the year, some cancelled with a refund in the year or the year after.
     */
    private void buildPasses() {
        for (Center center : centers) {
            PassPlan monthly = new PassPlan(center.id() + "/monthly", center.id(), PassTier.BASIC, 1_500_00L, 30);
            PassPlan longTerm = new PassPlan(center.id() + "/long", center.id(), PassTier.PLUS, 12_000_00L, 1100);
            passPlans.add(monthly);
            passPlans.add(longTerm);
            List<Resident> holders = residents.values().stream().filter(r -> r.homeCenterId().equals(center.id())).limit(30).toList();
            Instant yearStart = LocalDate.of(year, 1, 1).atStartOfDay(center.zone()).toInstant();
            Instant lastYearStart = LocalDate.of(year - 1, 1, 1).atStartOfDay(center.zone()).toInstant();
            Instant yearEnd = LocalDate.of(year + 1, 1, 1).atStartOfDay(center.zone()).toInstant();
            for (int i = 0; i < holders.size(); i++) {
                Resident holder = holders.get(i);
                if (i % 2 == 0 && holder.joinedAt().isBefore(yearStart.minusSeconds(86400L * 60))) {
                    // last year, possibly running into this one
                    Instant at = between(later(holder.joinedAt().plusSeconds(3600), lastYearStart), yearStart.minusSeconds(3600));
                    passSales.add(new PassSale(holder.id(), monthly, at, null, null, 0));
                }
                if (i % 3 != 2) {
                    // this year, from mid-February (after any last-year pass ended), some still valid on Dec 31
                    Instant from = later(holder.joinedAt().plusSeconds(3600), yearStart.plusSeconds(86400L * 45));
                    Instant at = i % 5 == 0 ? yearEnd.minusSeconds(86400L * 10 + random.nextInt(86400)) : between(from, yearEnd.minusSeconds(3600));
                    passSales.add(new PassSale(holder.id(), monthly, later(at, from), null, null, 0));
                }
                if (i % 3 == 0) {
                    boolean lastYear = i % 2 == 1 && holder.joinedAt().isBefore(yearStart.minusSeconds(86400L * 30));
                    Instant at = lastYear
                            ? between(later(holder.joinedAt().plusSeconds(3600), yearStart.minusSeconds(86400L * 30)), yearStart.minusSeconds(3600))
                            : between(later(holder.joinedAt().plusSeconds(3600), yearStart), yearEnd.minusSeconds(86400L * 40));
                    Instant renewedAt = i % 2 == 0 || lastYear ? between(later(at, yearStart).plusSeconds(3600), yearEnd.minusSeconds(86400L * 20)) : null;
                    Instant cancelledAt = null;
                    long refund = 0;
                    if (i % 4 == 0 || (lastYear && i % 5 != 0)) {
                        cancelledAt = i % 8 == 0
                                ? yearEnd.plusSeconds(86400L * 20)
                                : between(later(renewedAt == null ? at : renewedAt, at).plusSeconds(3600), yearEnd.minusSeconds(3600));
                        refund = 4_000_00L + random.nextInt(4_000_00);
                    }
                    passSales.add(new PassSale(holder.id(), longTerm, at, renewedAt, cancelledAt, refund));
                }
            }
        }
    }

    private Instant between(Instant from, Instant to) {
        long span = to.getEpochSecond() - from.getEpochSecond();
        return span <= 0 ? from : from.plusSeconds((long) (random.nextDouble() * span));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void addEvent(String centerId, Instant start, boolean cancelled, boolean residentLed) {
        boolean paid = random.nextInt(5) == 0;
        events.add(new Event(new UUID(random.nextLong(), random.nextLong()), centerId,
                EventFormat.values()[random.nextInt(EventFormat.values().length)], start, start.plusSeconds(7200),
                residentLed ? participants.get(random.nextInt(participants.size())) : null,
                paid ? 500 + random.nextInt(2000) : 0, cancelled, null));
    }

    Center center(String id) {
        return centers.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    Event event(UUID id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    long distinctCheckIns() {
        return checkIns.stream().map(c -> c.eventId() + ":" + c.participantId()).distinct().count();
    }

    static ZoneOffset utc() {
        return ZoneOffset.UTC;
    }
}
