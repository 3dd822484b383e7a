package org.neighborhoodcapital.local;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A generated demo network of neighborhood centers: who lives where, which events and initiatives
 * happened, who checked in. The same seed and the same "now" always give the same network.
 *
 * <p>Participants, pass plans, passes, events and initiatives carry local keys ({@code p0042},
 * {@code north-yard/BASIC}, {@code s001}, {@code e01}, {@code i1}); the memberships and events services
 * assign the real ids when they are created, and {@link DemoRequests} maps keys to ids. Names and
 * e-mails are visibly made up ({@code Demo resident 0042}, {@code resident-0042@example.org}).
 */
record DemoNetwork(
        long seed,
        int currentYear,
        List<Center> centers,
        List<Participant> participants,
        List<PassPlan> passPlans,
        List<Pass> passes,
        List<Initiative> initiatives,
        List<Event> events,
        List<CheckIn> checkIns,
        List<SelfAssessment> selfAssessments,
        List<ModelCheckup> modelCheckups) {

    /** budgetMinor: the yearly operating budget in minor units of {@link #CURRENCY}. */
    record Center(String id, String name, String city, String timezone, long budgetMinor) {
    }

    record Participant(String key, String homeCenterId, String displayName, String email, boolean researchConsent,
                       Instant joinedAt) {
    }

    record PassPlan(String key, String centerId, String name, String tier, long priceMinor, int durationDays, String scope) {
    }

    /** renewedAt and cancelledAt are null when the pass was not renewed / not cancelled. */
    record Pass(String key, String participantKey, String planKey, Instant purchasedAt, Instant renewedAt,
                Instant cancelledAt, long refundMinor) {
    }

    record Initiative(String key, String centerId, String title, String type, String leaderKey, Instant launchedAt) {
    }

    /** organizerKey is null for staff-organized events. */
    record Event(String key, String centerId, String title, String format, Instant startsAt, Instant endsAt,
                 int capacity, String organizerKind, String organizerKey, long priceMinor, String initiativeKey,
                 boolean cancelled) {
    }

    record CheckIn(String eventKey, String centerId, String participantKey, Instant checkedInAt) {
    }

    /**
     * A self-assessment on the subjectivity instrument. The answers are drawn when the instrument's
     * items are known ({@link DemoRequests#selfAssessment}): each around {@code level} (the mean
     * answer on the positive pole, 1..5), with noise from a {@code Random} seeded by {@code answerSeed}.
     */
    record SelfAssessment(String key, String participantKey, Instant answeredAt, double level, long answerSeed) {
    }

    /** A model check-up of a center: ten positions −3..3 on the model's bipolar scales. */
    record ModelCheckup(String key, String centerId, Instant assessedAt, String organizationType, String assessorRole,
                        List<Integer> positions) {
    }

    /** The model center's reference profile (the assessments service's default): −2 everywhere but scale 9, 0. */
    static final List<Integer> MODEL_REFERENCE = List.of(-2, -2, -2, -2, -2, -2, -2, -2, 0, -2);

    /** The currency of the centers' budgets, pass plans and event prices. */
    static final String CURRENCY = "RUB";

    static final List<Center> CENTERS = List.of(
            new Center("north-yard", "North Yard", "Moscow", "Europe/Moscow", 1_800_000_000L),
            new Center("river-quarter", "River Quarter", "Yekaterinburg", "Asia/Yekaterinburg", 1_200_000_000L),
            new Center("old-mill", "Old Mill", "Kaliningrad", "Europe/Kaliningrad", 900_000_000L));

    /** tier, name, price (kopecks), days, scope: the plans every center sells. */
    private static final Object[][] PLANS = {
            {"BASIC", "Basic monthly", 150_000L, 30, "CENTER"},
            {"STANDARD", "Standard quarterly", 400_000L, 90, "CENTER"},
            {"PATRON", "Patron yearly", 1_500_000L, 365, "NETWORK"},
    };
    private static final double PASS_HOLDER_SHARE = 1.0 / 3;
    private static final double NO_CONSENT_SHARE = 0.06;

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

    private static final long[] PRICES_MINOR = {20_000, 30_000, 50_000, 80_000, 150_000};

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
                int number = participants.size() + 1;
                // most joined early last year, the others since, so that both years have newcomers
                double when = random.nextDouble();
                Instant joinedAt = when < 0.7
                        ? between(random, previousYearStart, previousYearStart.plus(Duration.ofDays(20)))
                        : when < 0.85
                        ? between(random, previousYearStart.plus(Duration.ofDays(20)), currentYearStart)
                        : between(random, currentYearStart, pastEnd);
                participants.add(new Participant("p%04d".formatted(number), CENTERS.get(c).id(),
                        "Demo resident %04d".formatted(number), "resident-%04d@example.org".formatted(number),
                        random.nextDouble() >= NO_CONSENT_SHARE, joinedAt.truncatedTo(ChronoUnit.SECONDS)));
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
                    residentOf(random, participants, center.id(), launchedAt).key(), launchedAt));
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
                String organizerKey = resident ? residentOf(random, participants, center.id(), startsAt).key() : null;
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
                        format.capacity, resident ? "RESIDENT" : "STAFF", organizerKey, price, initiativeKey, false));
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
                    e.capacity(), e.organizerKind(), e.organizerKey(), e.priceMinor(), e.initiativeKey(), e.cancelled()));
        }

        List<CheckIn> checkIns = new ArrayList<>();
        for (Event event : keyed) {
            if (!event.cancelled()) {
                checkIns.addAll(attendance(random, event, participants));
            }
        }
        checkIns.sort(Comparator.comparing(CheckIn::checkedInAt));

        List<PassPlan> plans = new ArrayList<>();
        for (Center center : CENTERS) {
            for (Object[] plan : PLANS) {
                plans.add(new PassPlan(center.id() + "/" + plan[0], center.id(), (String) plan[1], (String) plan[0],
                        (Long) plan[2], (Integer) plan[3], (String) plan[4]));
            }
        }
        List<Pass> passes = passes(random, participants, plans, now);

        // assessments draw from their own stream, so that adding them left the rest of a seed's network as it was
        Random assessing = new Random(seed * 31 + 17);
        List<SelfAssessment> selfAssessments = selfAssessments(assessing, participants, checkIns, pastEnd);
        List<ModelCheckup> modelCheckups = modelCheckups(assessing, previousYearStart, currentYearStart, pastEnd);

        return new DemoNetwork(seed, currentYear, CENTERS, List.copyOf(participants), List.copyOf(plans), List.copyOf(passes),
                List.copyOf(initiatives), List.copyOf(keyed), List.copyOf(checkIns), List.copyOf(selfAssessments),
                List.copyOf(modelCheckups));
    }

    private static final double SELF_ASSESSING_SHARE = 0.85;
    /** A participant needs this long between joining and yesterday to have answered more than once. */
    private static final Duration ASSESSMENT_WINDOW_MIN = Duration.ofDays(21);

    /**
     * Two to four self-assessments for most consenting participants who attended something, spread
     * between a day after joining and yesterday. Each participant starts from a level of their own;
     * the more events they attended (their rank among attendees), the more that level rises per year,
     * while the least engaged stay flat or slip a little; every occasion adds its own noise.
     */
    private static List<SelfAssessment> selfAssessments(Random random, List<Participant> participants, List<CheckIn> checkIns,
                                                        Instant pastEnd) {
        Map<String, Set<String>> attended = new HashMap<>();
        for (CheckIn checkIn : checkIns) {
            attended.computeIfAbsent(checkIn.participantKey(), key -> new HashSet<>()).add(checkIn.eventKey());
        }
        List<Participant> attendees = participants.stream()
                .filter(p -> p.researchConsent() && attended.containsKey(p.key()))
                .sorted(Comparator.comparingInt((Participant p) -> attended.get(p.key()).size()).thenComparing(Participant::key))
                .toList();
        Map<String, Double> engagement = new HashMap<>();
        for (int i = 0; i < attendees.size(); i++) {
            engagement.put(attendees.get(i).key(), attendees.size() == 1 ? 1.0 : (double) i / (attendees.size() - 1));
        }
        List<SelfAssessment> assessments = new ArrayList<>();
        for (Participant participant : participants) {
            Double engaged = engagement.get(participant.key());
            if (engaged == null || random.nextDouble() >= SELF_ASSESSING_SHARE) {
                continue;
            }
            Instant from = participant.joinedAt().plus(Duration.ofDays(1));
            if (Duration.between(from, pastEnd).compareTo(ASSESSMENT_WINDOW_MIN) < 0) {
                continue;
            }
            int count = 2 + random.nextInt(3);
            double start = 2.7 + 0.35 * random.nextGaussian();
            double perYear = -0.15 + 0.75 * engaged + 0.15 * random.nextGaussian();
            long slice = Duration.between(from, pastEnd).toSeconds() / count;
            for (int i = 0; i < count; i++) {
                Instant answeredAt = from.plusSeconds(i * slice + Math.floorMod(random.nextLong(), slice))
                        .truncatedTo(ChronoUnit.SECONDS);
                double years = Duration.between(participant.joinedAt(), answeredAt).toDays() / 365.25;
                double level = Math.max(1.2, Math.min(4.8, start + perYear * years + 0.2 * random.nextGaussian()));
                assessments.add(new SelfAssessment("a%04d".formatted(assessments.size() + 1), participant.key(), answeredAt,
                        level, random.nextLong()));
            }
        }
        return assessments;
    }

    /**
     * Check-ups of every center as a whole (organization type CENTER): a SELF one in each year and,
     * now and then, an EXPERT one too. Positions start some way off the model reference last year
     * and lie closer to it this year, with a step of noise here and there.
     */
    private static List<ModelCheckup> modelCheckups(Random random, Instant previousYearStart, Instant currentYearStart,
                                                    Instant pastEnd) {
        List<ModelCheckup> checkups = new ArrayList<>();
        for (Center center : CENTERS) {
            int[] offsets = new int[MODEL_REFERENCE.size()];
            for (int s = 0; s < offsets.length; s++) {
                offsets[s] = 1 + random.nextInt(3); // 1..3 steps towards the right pole
            }
            for (int year = 0; year < 2; year++) {
                Instant from = year == 0 ? previousYearStart.plus(Duration.ofDays(30)) : currentYearStart.plus(Duration.ofDays(14));
                Instant to = year == 0 ? currentYearStart.minus(Duration.ofDays(14)) : pastEnd;
                List<String> roles = random.nextDouble() < 0.5 ? List.of("SELF", "EXPERT") : List.of(year == 0 ? "SELF" : "EXPERT");
                for (String role : roles) {
                    List<Integer> positions = new ArrayList<>();
                    for (int s = 0; s < offsets.length; s++) {
                        int off = year == 0 ? offsets[s] : offsets[s] / 2; // this year half as far off
                        int noise = random.nextDouble() < 0.2 ? (random.nextBoolean() ? 1 : -1) : 0;
                        positions.add(Math.max(-3, Math.min(3, MODEL_REFERENCE.get(s) + off + noise)));
                    }
                    Instant assessedAt = between(random, from, to).truncatedTo(ChronoUnit.SECONDS);
                    checkups.add(new ModelCheckup("m%02d".formatted(checkups.size() + 1), center.id(), assessedAt, "CENTER", role,
                            List.copyOf(positions)));
                }
            }
        }
        checkups.sort(Comparator.comparing(ModelCheckup::assessedAt));
        return checkups;
    }

    /** Participants with at least one self-assessment. */
    long selfAssessingParticipants() {
        return selfAssessments.stream().map(SelfAssessment::participantKey).distinct().count();
    }

    /**
     * A pass for about a third of the participants, of a plan of their home center, bought after
     * they joined and before today. A few are renewed and a few cancelled with a refund; those are
     * bought recently enough to be still valid when seeded (the service renews and cancels only
     * passes that have not expired), the others may have run out already.
     */
    private static List<Pass> passes(Random random, List<Participant> participants, List<PassPlan> plans, Instant now) {
        Instant yesterday = now.minus(Duration.ofDays(1));
        List<Pass> passes = new ArrayList<>();
        int renewed = 0;
        int cancelled = 0;
        for (Participant participant : participants) {
            if (random.nextDouble() >= PASS_HOLDER_SHARE || !participant.joinedAt().isBefore(yesterday)) {
                continue;
            }
            List<PassPlan> ofCenter = plans.stream().filter(plan -> plan.centerId().equals(participant.homeCenterId())).toList();
            double tier = random.nextDouble();
            PassPlan plan = ofCenter.get(tier < 0.55 ? 0 : tier < 0.9 ? 1 : 2);
            String key = "s%03d".formatted(passes.size() + 1);
            boolean longAgo = participant.joinedAt().isBefore(now.minus(Duration.ofDays(40)));
            if (longAgo && plan.tier().equals("BASIC") && renewed < 6 && random.nextDouble() < 0.3) {
                // bought 10 to 25 days ago, renewed in the last days: still valid today
                Instant purchasedAt = now.minus(Duration.ofDays(10 + random.nextInt(16))).plusSeconds(random.nextInt(36_000));
                Instant renewedAt = now.minus(Duration.ofDays(1 + random.nextInt(5))).plusSeconds(random.nextInt(36_000));
                passes.add(new Pass(key, participant.key(), plan.key(), purchasedAt, renewedAt, null, 0));
                renewed++;
            } else if (longAgo && plan.tier().equals("STANDARD") && cancelled < 2 && random.nextDouble() < 0.3) {
                // bought 20 to 40 days ago, cancelled lately with half the price back
                Instant purchasedAt = now.minus(Duration.ofDays(20 + random.nextInt(21))).plusSeconds(random.nextInt(36_000));
                Instant cancelledAt = now.minus(Duration.ofDays(2 + random.nextInt(8))).plusSeconds(random.nextInt(36_000));
                passes.add(new Pass(key, participant.key(), plan.key(), purchasedAt, null, cancelledAt, plan.priceMinor() / 2));
                cancelled++;
            } else {
                Instant purchasedAt = between(random, participant.joinedAt(), yesterday).truncatedTo(ChronoUnit.SECONDS);
                passes.add(new Pass(key, participant.key(), plan.key(), purchasedAt, null, null, 0));
            }
        }
        return passes;
    }

    private static List<CheckIn> attendance(Random random, Event event, List<Participant> participants) {
        List<Participant> residents = new ArrayList<>();
        List<Participant> visitors = new ArrayList<>();
        for (Participant participant : participants) {
            if (participant.joinedAt().isAfter(event.startsAt().minus(Duration.ofMinutes(15)))) {
                continue; // not a member yet
            }
            (participant.homeCenterId().equals(event.centerId()) ? residents : visitors).add(participant);
        }
        Collections.shuffle(residents, random);
        Collections.shuffle(visitors, random);

        int wanted = (int) Math.round(event.capacity() * (0.7 + 0.3 * random.nextDouble()));
        int count = Math.min(wanted, residents.size() + visitors.size());
        List<CheckIn> checkIns = new ArrayList<>(count);
        int r = 0;
        int v = 0;
        for (int i = 0; i < count; i++) {
            boolean visitor = (random.nextDouble() < VISITOR_SHARE || r == residents.size()) && v < visitors.size();
            Participant who = visitor ? visitors.get(v++) : residents.get(r++);
            Instant at = event.startsAt().plus(Duration.ofMinutes(random.nextInt(50) - 15)).plusSeconds(random.nextInt(60));
            checkIns.add(new CheckIn(event.key(), event.centerId(), who.key(), at));
            if (random.nextDouble() < REPEATED_SCAN_SHARE) {
                // scanned twice at the door: the platform must count this person once
                checkIns.add(new CheckIn(event.key(), event.centerId(), who.key(), at.plusSeconds(90)));
            }
        }
        return checkIns;
    }

    /** A resident of the center who had joined by then (else the first to join). */
    private static Participant residentOf(Random random, List<Participant> participants, String centerId, Instant by) {
        List<Participant> ofCenter = participants.stream().filter(p -> p.homeCenterId().equals(centerId)).toList();
        List<Participant> joined = ofCenter.stream().filter(p -> !p.joinedAt().isAfter(by)).toList();
        if (joined.isEmpty()) {
            return ofCenter.stream().min(Comparator.comparing(Participant::joinedAt)).orElseThrow();
        }
        return joined.get(random.nextInt(joined.size()));
    }

    private static Instant between(Random random, Instant from, Instant to) {
        long span = Math.max(1, Duration.between(from, to).toSeconds());
        return from.plusSeconds(Math.floorMod(random.nextLong(), span));
    }

    /** Events start on the hour, between 10:00 and 19:00 UTC, on the day picked. */
    private static Instant eveningOf(Instant day, Random random) {
        return day.atZone(ZoneOffset.UTC).toLocalDate().atTime(10 + random.nextInt(10), 0).toInstant(ZoneOffset.UTC);
    }

    /**
     * What the impact report should show for the year once it has caught up: attendances of the
     * participants who gave research consent (the report leaves the others out of every participant
     * figure).
     */
    long reportedAttendancesIn(int year) {
        Set<String> consenting = new HashSet<>();
        participants.stream().filter(Participant::researchConsent).forEach(p -> consenting.add(p.key()));
        return attendances(year, checkIn -> consenting.contains(checkIn.participantKey()));
    }

    /** Participants with research consent who joined in the year (UTC): the report's newParticipants. */
    long reportedNewParticipantsIn(int year) {
        return participants.stream()
                .filter(p -> p.researchConsent() && p.joinedAt().atZone(ZoneOffset.UTC).getYear() == year)
                .count();
    }

    /**
     * Attendances of events held in the year (UTC): one per person and event, however often they
     * were scanned.
     */
    long attendancesIn(int year) {
        return attendances(year, checkIn -> true);
    }

    private long attendances(int year, java.util.function.Predicate<CheckIn> counted) {
        Set<String> heldThatYear = new HashSet<>();
        for (Event event : events) {
            if (!event.cancelled() && event.startsAt().atZone(ZoneOffset.UTC).getYear() == year) {
                heldThatYear.add(event.key());
            }
        }
        return checkIns.stream()
                .filter(checkIn -> heldThatYear.contains(checkIn.eventKey()) && counted.test(checkIn))
                .map(checkIn -> checkIn.eventKey() + "/" + checkIn.participantKey())
                .distinct()
                .count();
    }

    /** Participants who joined in the year (UTC). */
    long joinedIn(int year) {
        return participants.stream().filter(p -> p.joinedAt().atZone(ZoneOffset.UTC).getYear() == year).count();
    }

    long paidEvents() {
        return events.stream().filter(e -> e.priceMinor() > 0).count();
    }

    long residentOrganizedEvents() {
        return events.stream().filter(e -> "RESIDENT".equals(e.organizerKind())).count();
    }
}
