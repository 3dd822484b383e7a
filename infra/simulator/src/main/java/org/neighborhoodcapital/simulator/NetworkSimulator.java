package org.neighborhoodcapital.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.memberships.PassScope;
import org.neighborhoodcapital.contracts.memberships.PassTier;

/**
 * Generates a {@link SimulatedNetwork} from a {@link NetworkSpec}, deterministically: every random
 * choice comes from a generator seeded by the spec's seed and what is being decided (participants,
 * events, the attendance of event n, …), so one part of the network does not shift when another
 * changes, and the check-ins of any event can be generated again on their own, in any order.
 *
 * <p>The model: centers of different sizes in a few time zones; participants whose engagement is a
 * lognormal weight (a fifth are nearly dormant, most come rarely, a few come to nearly everything
 * and lead initiatives); events spread over the days by {@link Seasonality}, whose attendees are a
 * weighted sample (without replacement) of the residents who had joined by then, plus some visitors
 * from other centers; a few events are rescheduled or cancelled (no check-ins); registrations for
 * part of the attendees and some no-shows; season tickets with renewals, cancellations and expiry;
 * self-assessments that improve more for the more engaged; and yearly model check-ups.
 */
public final class NetworkSimulator {

    static final String CURRENCY = "RUB";
    /** The model center's reference profile (the assessments service's default): −2 everywhere but scale 9, 0. */
    static final int[] MODEL_REFERENCE = {-2, -2, -2, -2, -2, -2, -2, -2, 0, -2};

    /** An attendee joined at least this long before the event started. */
    static final long JOIN_LEAD_SECONDS = 15 * 60;
    /** An event takes at most this share of the residents who could come (so a weighted sample stays meaningful). */
    static final double MAX_ATTENDING_SHARE = 0.6;
    static final double MAX_REGISTERED_SHARE = 0.8;

    private static final double DORMANT_SHARE = 0.2;
    private static final double VISITOR_WEIGHT_CAP = 1.0;
    private static final double NO_CONSENT_SHARE = 0.06;
    private static final double ENGAGEMENT_SIGMA = 2.0;
    private static final double FOUNDING_SHARE = 0.55;
    private static final double RESIDENT_ORGANIZED_SHARE = 0.22;
    private static final double INITIATIVE_EVENT_SHARE = 0.15;
    private static final double PAID_SHARE = 0.12;
    private static final long[] PRICES_MINOR = {20_000, 30_000, 50_000, 80_000, 150_000};

    record CenterInfo(String id, String name, String city, ZoneId zone, long budgetMinor, double size) {
    }

    /** format, relative frequency, capacity, minutes, titles. */
    record FormatInfo(EventFormat format, double weight, int capacity, int minutes, String... titles) {
    }

    static final List<FormatInfo> FORMATS = List.of(
            new FormatInfo(EventFormat.MEETING, 10, 40, 90, "Neighbors' meeting", "Courtyard planning meeting", "Residents' council"),
            new FormatInfo(EventFormat.LECTURE, 10, 90, 90, "Lecture: the history of the quarter", "Lecture: saving energy at home",
                    "Lecture: local birds"),
            new FormatInfo(EventFormat.SEMINAR, 6, 35, 120, "Seminar: starting a house committee", "Seminar: digital safety for seniors"),
            new FormatInfo(EventFormat.TEA_PARTY, 8, 40, 120, "Tea party with the newcomers", "Autumn tea party",
                    "Grandparents' tea afternoon"),
            new FormatInfo(EventFormat.WORKSHOP, 10, 25, 150, "Bike repair workshop", "Pottery workshop", "Sewing and mending workshop"),
            new FormatInfo(EventFormat.FESTIVAL, 1, 400, 360, "Street festival", "Harvest festival", "Midsummer yard festival"),
            new FormatInfo(EventFormat.SCREENING, 6, 70, 120, "Documentary screening", "Family film night",
                    "Short films from the neighborhood"),
            new FormatInfo(EventFormat.READING, 4, 35, 90, "Poetry reading", "Children's book reading"),
            new FormatInfo(EventFormat.CLUB, 14, 30, 120, "Chess club", "Board games club", "Gardening club"),
            new FormatInfo(EventFormat.ASSEMBLY, 2, 160, 120, "General assembly", "Budget assembly"),
            new FormatInfo(EventFormat.COURSE, 8, 18, 120, "Language course for newcomers", "Computer basics course", "First aid course"),
            new FormatInfo(EventFormat.MARKET, 1, 300, 300, "Flea market", "Farmers' market", "Swap market"),
            new FormatInfo(EventFormat.OTHER, 3, 45, 120, "Clean-up day", "Open house"));

    private static final Object[][] NAMED_CENTERS = {
            {"north-yard", "North Yard", "Moscow", "Europe/Moscow", 1_800_000_000L},
            {"river-quarter", "River Quarter", "Yekaterinburg", "Asia/Yekaterinburg", 1_200_000_000L},
            {"old-mill", "Old Mill", "Kaliningrad", "Europe/Kaliningrad", 900_000_000L},
    };
    /** city, IANA zone, relative frequency. */
    private static final Object[][] CITIES = {
            {"Moscow", "Europe/Moscow", 5}, {"Saint Petersburg", "Europe/Moscow", 3}, {"Kazan", "Europe/Moscow", 2},
            {"Kaliningrad", "Europe/Kaliningrad", 1}, {"Samara", "Europe/Samara", 1}, {"Yekaterinburg", "Asia/Yekaterinburg", 2},
            {"Perm", "Asia/Yekaterinburg", 1}, {"Omsk", "Asia/Omsk", 1}, {"Novosibirsk", "Asia/Novosibirsk", 2},
            {"Krasnoyarsk", "Asia/Krasnoyarsk", 1}, {"Irkutsk", "Asia/Irkutsk", 1}, {"Vladivostok", "Asia/Vladivostok", 1},
    };
    private static final String[] NAME_FIRST = {"north", "south", "east", "west", "green", "river", "old", "new", "lake", "pine",
            "birch", "stone", "sunny", "upper", "lower", "maple", "garden", "harbor", "station", "market", "linden", "cherry"};
    private static final String[] NAME_SECOND = {"yard", "quarter", "mill", "park", "hill", "gate", "court", "square", "meadow",
            "bridge", "field", "grove", "wharf", "lane", "commons", "terrace"};

    /** type, titles. The first seven initiatives are of these types, in this order (the demo shows each). */
    private static final Object[][] INITIATIVES = {
            {InitiativeType.SHARING, new String[] {"Tool library", "Book swap shelf", "Toy sharing corner"}},
            {InitiativeType.CROWDFUNDING, new String[] {"Playground renovation fund", "Bench and lights fund"}},
            {InitiativeType.VOLUNTEER, new String[] {"Senior shopping volunteers", "Courtyard clean-up crew"}},
            {InitiativeType.CLUB, new String[] {"Riverside running club", "Neighbors' choir"}},
            {InitiativeType.MICRO_BUSINESS, new String[] {"Neighborhood bakery cooperative", "Repair café", "Home-made crafts stall"}},
            {InitiativeType.SOCIAL_PROJECT, new String[] {"Homework help for kids", "Newcomers' welcome circle"}},
            {InitiativeType.PARTNERSHIP, new String[] {"Library partnership", "School garden partnership"}},
    };

    /** tier, name, price (kopecks), days, scope: the plans every center sells. */
    private static final Object[][] PLANS = {
            {PassTier.BASIC, "Basic monthly", 150_000L, 30, PassScope.CENTER, 0.6},
            {PassTier.STANDARD, "Standard quarterly", 400_000L, 90, PassScope.CENTER, 0.5},
            {PassTier.PATRON, "Patron yearly", 1_500_000L, 365, PassScope.NETWORK, 0.3},
    };

    public static SimulatedNetwork generate(NetworkSpec spec) {
        return new NetworkSimulator(spec).build();
    }

    // ------------------------------------------------------------------------------------------

    private final NetworkSpec spec;
    private final Instant fromInstant;
    private final Instant untilInstant;
    private final SimulatedNetwork.Data d = new SimulatedNetwork.Data();

    private NetworkSimulator(NetworkSpec spec) {
        this.spec = spec;
        this.fromInstant = spec.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        this.untilInstant = spec.until().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private SimulatedNetwork build() {
        d.spec = spec;
        centers();
        participants();
        initiatives();
        events();
        passPlansAndPasses();
        selfAssessments();
        modelCheckups();
        return new SimulatedNetwork(d);
    }

    /** A generator for one decision: the seed, a section name and an index. */
    static SplittableRandom random(long seed, String section, long index) {
        long h = seed * 0x9E3779B97F4A7C15L + section.hashCode() * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L;
        return new SplittableRandom(mix(h));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    UUID id(String kind, Object... parts) {
        String[] all = new String[parts.length + 3];
        all[0] = "simulator";
        all[1] = Long.toString(spec.seed());
        all[2] = kind;
        for (int i = 0; i < parts.length; i++) {
            all[i + 3] = String.valueOf(parts[i]);
        }
        return Ids.deterministic(all);
    }

    // ------------------------------------------------------------------------------------------ centers

    private void centers() {
        SplittableRandom random = random(spec.seed(), "centers", 0);
        List<String> names = new ArrayList<>();
        for (String first : NAME_FIRST) {
            for (String second : NAME_SECOND) {
                names.add(first + "-" + second);
            }
        }
        for (int i = names.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = names.get(i);
            names.set(i, names.get(j));
            names.set(j, t);
        }
        List<CenterInfo> centers = new ArrayList<>();
        int next = 0;
        for (int c = 0; c < spec.centers(); c++) {
            double size = Math.exp(0.45 * gaussian(random));
            if (c < NAMED_CENTERS.length) {
                Object[] named = NAMED_CENTERS[c];
                centers.add(new CenterInfo((String) named[0], (String) named[1], (String) named[2], ZoneId.of((String) named[3]),
                        (Long) named[4], 1.0 - 0.1 * c));
                continue;
            }
            String id;
            do {
                id = next < names.size() ? names.get(next) : names.get(next % names.size()) + "-" + (next / names.size() + 1);
                next++;
            } while (isNamed(id));
            Object[] city = pick(CITIES, random);
            String name = title(id);
            long budget = (600 + random.nextInt(1_800)) * 1_000_000L;
            centers.add(new CenterInfo(id, name, (String) city[0], ZoneId.of((String) city[1]), budget, size));
        }
        d.centers = List.copyOf(centers);
    }

    private static boolean isNamed(String id) {
        for (Object[] named : NAMED_CENTERS) {
            if (named[0].equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static String title(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("-")) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    private static Object[] pick(Object[][] weighted, SplittableRandom random) {
        int total = 0;
        for (Object[] row : weighted) {
            total += (Integer) row[row.length - 1];
        }
        int r = random.nextInt(total);
        for (Object[] row : weighted) {
            r -= (Integer) row[row.length - 1];
            if (r < 0) {
                return row;
            }
        }
        return weighted[weighted.length - 1];
    }

    // ------------------------------------------------------------------------------------------ participants

    private void participants() {
        SplittableRandom random = random(spec.seed(), "participants", 0);
        int centers = d.centers.size();
        int n = spec.participants();
        int[] perCenter = apportion(n, d.centers.stream().mapToDouble(CenterInfo::size).toArray());

        d.participantIds = new UUID[n];
        d.home = new int[n];
        d.joined = new long[n];
        d.consent = new boolean[n];
        d.weight = new double[n];
        d.dormant = new boolean[n];

        DayPicker days = new DayPicker(spec.from(), spec.until());
        long foundingFrom = spec.foundedOn().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long foundingUntil = Math.min(spec.from().plusDays(20).atStartOfDay(ZoneOffset.UTC).toEpochSecond(),
                untilInstant.getEpochSecond() - 1);
        int p = 0;
        for (int c = 0; c < centers; c++) {
            ZoneId zone = d.centers.get(c).zone();
            for (int i = 0; i < perCenter[c]; i++, p++) {
                d.participantIds[p] = id("participant", p + 1);
                d.home[p] = c;
                long joined;
                if (random.nextDouble() < FOUNDING_SHARE) {
                    joined = foundingFrom + (long) (random.nextDouble() * (foundingUntil - foundingFrom));
                } else {
                    LocalDate day = days.pick(random);
                    joined = day.atStartOfDay(zone).toEpochSecond() + 8 * 3600 + random.nextInt(14 * 3600);
                    joined = Math.min(joined, untilInstant.getEpochSecond() - 3600);
                }
                d.joined[p] = joined;
                d.consent[p] = random.nextDouble() >= NO_CONSENT_SHARE;
                d.dormant[p] = random.nextDouble() < DORMANT_SHARE;
                d.weight[p] = Math.exp(ENGAGEMENT_SIGMA * gaussian(random)) * (d.dormant[p] ? 0.05 : 1);
            }
        }
        // rank of each participant's engagement, 0 (least) .. 1 (most)
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> d.weight[i]).thenComparingInt(i -> i));
        d.rank = new double[n];
        for (int r = 0; r < n; r++) {
            d.rank[order[r]] = n == 1 ? 1 : (double) r / (n - 1);
        }

        // residents of each center in the order they joined, for "who could come" look-ups
        d.residents = new int[centers][];
        d.residentJoined = new long[centers][];
        for (int c = 0; c < centers; c++) {
            final int center = c;
            int[] ofCenter = java.util.stream.IntStream.range(0, n).filter(i -> d.home[i] == center).boxed()
                    .sorted(Comparator.comparingLong((Integer i) -> d.joined[i]).thenComparingInt(i -> i))
                    .mapToInt(Integer::intValue).toArray();
            d.residents[c] = ofCenter;
            d.residentJoined[c] = Arrays.stream(ofCenter).mapToLong(i -> d.joined[i]).toArray();
        }
        // visitors: anyone but the nearly dormant, the very engaged no likelier than an average one
        // (they are busy at their own center), so that nobody visits every center of the network
        d.cumulativeWeight = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.min(d.weight[i], VISITOR_WEIGHT_CAP);
            d.cumulativeWeight[i] = sum;
        }
    }

    /** Largest-remainder shares of {@code total}, at least one each. */
    static int[] apportion(int total, double[] weights) {
        int[] counts = new int[weights.length];
        Arrays.fill(counts, 1);
        int rest = total - weights.length;
        double sum = Arrays.stream(weights).sum();
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = rest * weights[i] / sum;
            counts[i] += (int) exact;
            given += (int) exact;
            remainders[i] = exact - (int) exact;
        }
        Integer[] byRemainder = new Integer[weights.length];
        for (int i = 0; i < weights.length; i++) {
            byRemainder[i] = i;
        }
        Arrays.sort(byRemainder, Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int k = 0; given < rest; k++, given++) {
            counts[byRemainder[k % weights.length]]++;
        }
        return counts;
    }

    // ------------------------------------------------------------------------------------------ initiatives

    private void initiatives() {
        SplittableRandom random = random(spec.seed(), "initiatives", 0);
        int centers = d.centers.size();
        int count = Math.max(2 * centers + 1, spec.participants() / 40);
        DayPicker days = new DayPicker(spec.from().plusDays(14).isBefore(spec.until()) ? spec.from().plusDays(14) : spec.from(),
                spec.until());
        int[] leads = new int[spec.participants()];
        List<SimulatedNetwork.InitiativeRow> rows = new ArrayList<>();
        double[] sizes = d.centers.stream().mapToDouble(CenterInfo::size).toArray();
        for (int i = 0; i < count; i++) {
            int center = i < 2 * centers ? i % centers : pickWeighted(sizes, random);
            Object[] kind = i < INITIATIVES.length ? INITIATIVES[i] : INITIATIVES[random.nextInt(INITIATIVES.length)];
            String[] titles = (String[]) kind[1];
            String title = titles[i < INITIATIVES.length ? 0 : random.nextInt(titles.length)];
            ZoneId zone = d.centers.get(center).zone();
            LocalDate day = days.pick(random);
            long launched = day.atStartOfDay(zone).toEpochSecond() + 10 * 3600 + random.nextInt(9 * 3600);
            launched = Math.min(launched, untilInstant.getEpochSecond() - 3600);
            int leader = leaderFor(center, launched - 7 * 86_400, leads, random);
            if (leader < 0) {
                // nobody had joined yet: the first resident leads, a week after joining
                leader = d.residents[center][0];
                launched = Math.min(d.joined[leader] + 7 * 86_400 + random.nextInt(86_400), untilInstant.getEpochSecond() - 60);
                if (launched < d.joined[leader]) {
                    launched = d.joined[leader] + 60;
                }
            }
            leads[leader]++;
            rows.add(new SimulatedNetwork.InitiativeRow(id("initiative", i + 1), center, title, (InitiativeType) kind[0], leader,
                    launched));
        }
        rows.sort(Comparator.comparingLong(SimulatedNetwork.InitiativeRow::launched));
        d.initiatives = List.copyOf(rows);
    }

    /** Among the residents who had joined by then, one of the most engaged who leads fewer than two initiatives. */
    private int leaderFor(int center, long joinedBy, int[] leads, SplittableRandom random) {
        int pool = d.residentsBy(center, joinedBy);
        int best = -1;
        double bestKey = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < pool; k++) {
            int p = d.residents[center][k];
            if (leads[p] >= 2) {
                continue;
            }
            double key = Math.log(random.nextDouble()) / (d.weight[p] * d.weight[p]); // weight² favors the very engaged
            if (key > bestKey) {
                bestKey = key;
                best = p;
            }
        }
        return best;
    }

    // ------------------------------------------------------------------------------------------ events

    private void events() {
        double meanAttendance = 0;
        double weightSum = 0;
        for (FormatInfo format : FORMATS) {
            meanAttendance += format.weight() * format.capacity() * 0.6;
            weightSum += format.weight();
        }
        meanAttendance /= weightSum;
        int estimate = (int) Math.max(spec.centers(), Math.ceil(spec.targetCheckIns() / meanAttendance));
        List<EventDraft> drafts = draftEvents(estimate);
        long planned = drafts.stream().mapToLong(e -> e.attendance).sum();
        if (planned > 0 && spec.targetCheckIns() > 0) {
            int corrected = (int) Math.max(spec.centers(), Math.round(estimate * (double) spec.targetCheckIns() / planned));
            corrected = Math.min(corrected, estimate * 8);
            drafts = draftEvents(corrected);
        }
        meetTarget(drafts);
        addUpcomingCancelled(drafts);

        drafts.sort(Comparator.comparingLong((EventDraft e) -> e.start).thenComparingInt(e -> e.center).thenComparingInt(e -> e.draftNumber));
        int n = drafts.size();
        SimulatedNetwork.EventTable t = new SimulatedNetwork.EventTable(n);
        for (int e = 0; e < n; e++) {
            EventDraft x = drafts.get(e);
            t.id[e] = id("event", x.draftNumber, x.center, x.start);
            t.center[e] = x.center;
            t.format[e] = (byte) x.format;
            t.title[e] = x.title;
            t.start[e] = x.start;
            t.end[e] = x.end;
            t.originalStart[e] = x.originalStart;
            t.originalEnd[e] = x.originalEnd;
            t.scheduledAt[e] = x.scheduledAt;
            t.rescheduledAt[e] = x.rescheduledAt;
            t.cancelledAt[e] = x.cancelledAt;
            t.capacity[e] = x.capacity;
            t.organizer[e] = x.organizer;
            t.initiative[e] = x.initiative;
            t.priceMinor[e] = x.priceMinor;
            t.attendance[e] = x.attendance;
            t.registeredAttendees[e] = x.registeredAttendees;
            t.noShows[e] = x.noShows;
        }
        d.events = t;
    }

    private static final class EventDraft {
        int draftNumber;
        int center;
        int format;
        String title;
        long start;
        long end;
        long originalStart;
        long originalEnd;
        long scheduledAt;
        long rescheduledAt;
        long cancelledAt;
        int capacity;
        int organizer = -1;
        int initiative = -1;
        long priceMinor;
        int attendance;
        int registeredAttendees;
        int noShows;
        /** Most who may attend: the capacity, and a share of the residents who could come. */
        int maxAttendance;
        int maxRegistered;
        double registeredShare;
    }

    private List<EventDraft> draftEvents(int count) {
        SplittableRandom random = random(spec.seed(), "events", count);
        DayPicker days = new DayPicker(spec.from(), spec.until());
        double[] sizes = d.centers.stream().mapToDouble(CenterInfo::size).toArray();
        double[] formatWeights = FORMATS.stream().mapToDouble(FormatInfo::weight).toArray();
        double[] cumulativeSizes = cumulative(sizes);
        List<List<SimulatedNetwork.InitiativeRow>> initiativesOf = new ArrayList<>();
        for (int c = 0; c < d.centers.size(); c++) {
            initiativesOf.add(new ArrayList<>());
        }
        d.initiatives.forEach(row -> initiativesOf.get(row.center()).add(row));
        java.util.Map<SimulatedNetwork.InitiativeRow, Integer> initiativeIndex = new java.util.IdentityHashMap<>();
        for (int i = 0; i < d.initiatives.size(); i++) {
            initiativeIndex.put(d.initiatives.get(i), i);
        }
        List<EventDraft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EventDraft e = new EventDraft();
            e.draftNumber = i + 1;
            e.center = pickCumulative(cumulativeSizes, random);
            CenterInfo center = d.centers.get(e.center);
            LocalDate day = days.pick(random);
            e.start = day.atTime(Seasonality.startOn(day, random)).atZone(center.zone()).toEpochSecond();
            e.format = pickWeighted(formatWeights, random);
            FormatInfo format = FORMATS.get(e.format);
            e.title = format.titles()[random.nextInt(format.titles().length)];
            e.capacity = Math.max(5, (int) Math.round(format.capacity() * (0.8 + 0.4 * random.nextDouble())));
            int minutes = format.minutes() + 30 * (random.nextInt(3) - 1);

            // organizer: staff, a resident, or the leader of an initiative of the center
            double who = random.nextDouble();
            List<SimulatedNetwork.InitiativeRow> launched = who < INITIATIVE_EVENT_SHARE
                    ? launchedBefore(initiativesOf.get(e.center), e.start - 86_400) : List.of();
            if (!launched.isEmpty()) {
                int index = random.nextInt(launched.size());
                SimulatedNetwork.InitiativeRow initiative = launched.get(index);
                e.initiative = initiativeIndex.get(initiative);
                e.organizer = initiative.leader();
                e.format = formatFor(initiative.type());
                format = FORMATS.get(e.format);
                e.title = initiative.title() + ": " + format.titles()[random.nextInt(format.titles().length)];
                e.capacity = Math.max(5, (int) Math.round(format.capacity() * (0.8 + 0.4 * random.nextDouble())));
                minutes = format.minutes();
                if (initiative.type() == InitiativeType.MICRO_BUSINESS) {
                    e.priceMinor = PRICES_MINOR[random.nextInt(PRICES_MINOR.length)];
                }
            } else if (who < INITIATIVE_EVENT_SHARE + RESIDENT_ORGANIZED_SHARE) {
                e.organizer = engagedResident(e.center, e.start - 86_400, random);
            }
            if (e.priceMinor == 0 && random.nextDouble() < PAID_SHARE) {
                e.priceMinor = PRICES_MINOR[random.nextInt(PRICES_MINOR.length)];
            }
            e.end = e.start + minutes * 60L;
            e.originalStart = e.start;
            e.originalEnd = e.end;

            // a few are moved once, a few cancelled; both decided well before the start
            long leadDays = 7 + random.nextInt(39);
            if (random.nextDouble() < spec.rescheduledShare()) {
                long shift = (1 + random.nextInt(10)) * 86_400L * (random.nextBoolean() ? 1 : -1);
                e.originalStart = e.start + shift;
                e.originalEnd = e.end + shift;
                long earliest = Math.min(e.start, e.originalStart);
                e.scheduledAt = earliest - leadDays * 86_400 - random.nextInt(86_400);
                e.rescheduledAt = e.scheduledAt + (long) (random.nextDouble() * (earliest - 86_400 - e.scheduledAt));
            } else {
                e.scheduledAt = e.start - leadDays * 86_400 - random.nextInt(86_400);
            }
            boolean cancelled = random.nextDouble() < spec.cancelledShare();
            if (cancelled) {
                long after = Math.max(e.scheduledAt, e.rescheduledAt) + 3600;
                e.cancelledAt = after + (long) (random.nextDouble() * Math.max(1, e.start - 3 * 3600 - after));
            }

            // who may come: residents who joined before the start; as many as the format draws in that season
            int pool = d.residentsBy(e.center, cancelled ? e.cancelledAt - 3600 : e.start - JOIN_LEAD_SECONDS);
            e.maxAttendance = Math.min(e.capacity, (int) Math.floor(pool * MAX_ATTENDING_SHARE));
            e.maxRegistered = Math.min(e.capacity, (int) Math.floor(pool * MAX_REGISTERED_SHARE));
            boolean ticketed = e.priceMinor > 0 || format.format() == EventFormat.COURSE || format.format() == EventFormat.WORKSHOP;
            e.registeredShare = ticketed ? Math.min(1, spec.registeredShare() * 3) : spec.registeredShare();
            double fill = (0.45 + 0.5 * random.nextDouble()) * Seasonality.fill(day) * (e.priceMinor > 0 ? 0.7 : 1);
            if (!cancelled) {
                e.attendance = Math.max(0, Math.min(e.maxAttendance, (int) Math.round(e.capacity * fill)));
            } else {
                // registrations made before the cancellation; nobody checks in
                e.noShows = Math.min(e.maxRegistered, (int) Math.round(e.capacity * fill * spec.registeredShare()));
            }
            drafts.add(e);
        }
        return drafts;
    }

    private static List<SimulatedNetwork.InitiativeRow> launchedBefore(List<SimulatedNetwork.InitiativeRow> ofCenter, long before) {
        List<SimulatedNetwork.InitiativeRow> launched = new ArrayList<>(ofCenter.size());
        for (SimulatedNetwork.InitiativeRow row : ofCenter) {
            if (row.launched() < before) {
                launched.add(row);
            }
        }
        return launched;
    }

    private static int formatFor(InitiativeType type) {
        EventFormat format = switch (type) {
            case SHARING, SOCIAL_PROJECT -> EventFormat.WORKSHOP;
            case CROWDFUNDING -> EventFormat.MEETING;
            case VOLUNTEER -> EventFormat.OTHER;
            case CLUB -> EventFormat.CLUB;
            case MICRO_BUSINESS -> EventFormat.COURSE;
            case PARTNERSHIP -> EventFormat.LECTURE;
        };
        for (int i = 0; i < FORMATS.size(); i++) {
            if (FORMATS.get(i).format() == format) {
                return i;
            }
        }
        throw new IllegalStateException("no format " + format);
    }

    /** The most engaged of three residents who had joined by then (the first resident when nobody had). */
    private int engagedResident(int center, long joinedBy, SplittableRandom random) {
        int pool = d.residentsBy(center, joinedBy);
        if (pool == 0) {
            return -1;
        }
        int best = d.residents[center][random.nextInt(pool)];
        for (int k = 0; k < 2; k++) {
            int other = d.residents[center][random.nextInt(pool)];
            if (d.weight[other] > d.weight[best]) {
                best = other;
            }
        }
        return best;
    }

    /** Adds or removes single attendances, on events picked at random, until the check-ins are exactly the target. */
    private void meetTarget(List<EventDraft> drafts) {
        SplittableRandom random = random(spec.seed(), "target", drafts.size());
        long planned = drafts.stream().mapToLong(e -> e.attendance).sum();
        long missing = spec.targetCheckIns() - planned;
        int[] order = new int[drafts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        boolean progress = true;
        while (missing != 0 && progress) {
            progress = false;
            for (int i : order) {
                EventDraft e = drafts.get(i);
                if (e.cancelledAt != 0) {
                    continue;
                }
                if (missing > 0 && e.attendance < e.maxAttendance) {
                    long step = Math.min(missing, Math.max(1, (e.maxAttendance - e.attendance) / 4));
                    e.attendance += (int) step;
                    missing -= step;
                    progress = true;
                } else if (missing < 0 && e.attendance > 1) {
                    long step = Math.min(-missing, Math.max(1, (e.attendance - 1) / 4));
                    e.attendance -= (int) step;
                    missing += step;
                    progress = true;
                }
                if (missing == 0) {
                    break;
                }
            }
        }
        for (EventDraft e : drafts) {
            if (e.cancelledAt == 0) {
                e.registeredAttendees = (int) Math.round(e.attendance * e.registeredShare);
                int wantedNoShows = (int) Math.round(e.registeredAttendees * 0.12);
                e.noShows = Math.max(0, Math.min(wantedNoShows, e.maxRegistered - e.attendance));
            }
        }
    }

    private void addUpcomingCancelled(List<EventDraft> drafts) {
        SplittableRandom random = random(spec.seed(), "upcoming", 0);
        for (int i = 0; i < spec.upcomingCancelledEvents(); i++) {
            EventDraft e = new EventDraft();
            e.draftNumber = drafts.size() + 1;
            e.center = d.centers.size() > 1 ? 1 : 0;
            LocalDate day = spec.until().plusDays(11 + random.nextInt(5));
            e.start = day.atTime(19, 0).atZone(d.centers.get(e.center).zone()).toEpochSecond();
            e.end = e.start + 2 * 3600;
            e.originalStart = e.start;
            e.originalEnd = e.end;
            e.format = FORMATS.size() - 1;
            e.title = "Open-air concert";
            e.capacity = 120;
            e.scheduledAt = untilInstant.getEpochSecond() - (20 + random.nextInt(10)) * 86_400L;
            e.cancelledAt = untilInstant.getEpochSecond() - 86_400L + random.nextInt(43_200);
            int pool = d.residentsBy(e.center, e.cancelledAt - 3600);
            e.noShows = Math.min((int) Math.floor(pool * MAX_REGISTERED_SHARE), 12);
            drafts.add(e);
        }
    }

    // ------------------------------------------------------------------------------------------ passes

    private void passPlansAndPasses() {
        List<PassPlan> plans = new ArrayList<>();
        for (CenterInfo center : d.centers) {
            for (Object[] plan : PLANS) {
                plans.add(new PassPlan(id("plan", center.id(), plan[0]), center.id(), (String) plan[1], (PassTier) plan[0],
                        (PassScope) plan[4], (Long) plan[2], CURRENCY, (Integer) plan[3]));
            }
        }
        d.passPlans = List.copyOf(plans);

        SplittableRandom random = random(spec.seed(), "passes", 0);
        long earliest = spec.from().minusDays(60).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long latest = untilInstant.getEpochSecond() - 86_400;
        List<SimulatedNetwork.PassRow> rows = new ArrayList<>();
        for (int p = 0; p < spec.participants(); p++) {
            double chance = spec.passHolderShare() * (0.4 + 1.2 * d.rank[p]);
            boolean holder = random.nextDouble() < chance;
            double tierDraw = random.nextDouble();
            long purchaseDraw = random.nextLong();
            if (!holder || d.joined[p] >= latest) {
                continue;
            }
            int tier = tierDraw < 0.55 ? 0 : tierDraw < 0.9 ? 1 : 2;
            PassPlan plan = plans.get(d.home[p] * PLANS.length + tier);
            ZoneId zone = d.centers.get(d.home[p]).zone();
            long from = Math.max(d.joined[p] + 60, earliest);
            long purchased = from + Math.floorMod(purchaseDraw, Math.max(1, latest - from));
            SimulatedNetwork.PassRow row = new SimulatedNetwork.PassRow(id("pass", p + 1), p, plan, purchased,
                    until(purchased, plan.durationDays(), zone));
            double renewChance = (Double) PLANS[tier][5];
            long validUntil = row.validUntil;
            long last = purchased;
            while (true) {
                if (random.nextDouble() < 0.04) {
                    long span = Math.max(60, Math.min(validUntil, latest) - last);
                    long cancelled = last + 60 + (long) (random.nextDouble() * (span - 60));
                    if (cancelled < latest) {
                        row.cancelledAt = cancelled;
                        row.refundMinor = plan.priceMinor() / 2;
                    }
                    break;
                }
                if (random.nextDouble() >= renewChance) {
                    break;
                }
                long renewed = Math.max(last + 60, validUntil - random.nextInt(3 * 86_400));
                if (renewed >= latest) {
                    break;
                }
                validUntil = until(validUntil, plan.durationDays(), zone);
                row.renewedAt.add(renewed);
                row.renewedUntil.add(validUntil);
                last = renewed;
            }
            row.finalUntil = validUntil;
            rows.add(row);
        }
        d.passes = List.copyOf(rows);
    }

    private static long until(long from, int days, ZoneId zone) {
        return Instant.ofEpochSecond(from).atZone(zone).plusDays(days).toEpochSecond();
    }

    // ------------------------------------------------------------------------------------------ assessments

    private void selfAssessments() {
        SplittableRandom random = random(spec.seed(), "self-assessments", 0);
        long windowStart = spec.from().minusDays(180).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long pastEnd = untilInstant.getEpochSecond() - 3600;
        int n = spec.participants();
        // engagement among the active participants, 0..1, drives how the answers move over time
        List<Integer> active = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            if (d.consent[p] && !d.dormant[p]) {
                active.add(p);
            }
        }
        active.sort(Comparator.comparingDouble((Integer p) -> d.weight[p]).thenComparingInt(p -> p));
        double[] engaged = new double[n];
        for (int r = 0; r < active.size(); r++) {
            engaged[active.get(r)] = active.size() == 1 ? 1 : (double) r / (active.size() - 1);
        }
        SimulatedNetwork.AssessmentTable t = new SimulatedNetwork.AssessmentTable();
        for (int p : active.stream().sorted().toList()) {
            boolean answers = random.nextDouble() < spec.selfAssessingShare();
            int count = 2 + random.nextInt(3);
            double start = 2.7 + 0.35 * gaussian(random);
            double perYear = -0.15 + 0.75 * engaged[p] + 0.15 * gaussian(random);
            long from = Math.max(d.joined[p] + 86_400, windowStart);
            if (!answers || pastEnd - from < 21 * 86_400L) {
                continue;
            }
            long slice = (pastEnd - from) / count;
            for (int i = 0; i < count; i++) {
                long answered = from + i * slice + Math.floorMod(random.nextLong(), slice);
                double years = (answered - d.joined[p]) / 86_400.0 / 365.25;
                double level = Math.max(1.2, Math.min(4.8, start + perYear * years + 0.2 * gaussian(random)));
                t.add(p, answered, level, random.nextLong());
            }
        }
        d.assessments = t;
    }

    private void modelCheckups() {
        SplittableRandom random = random(spec.seed(), "model-checkups", 0);
        List<SimulatedNetwork.CheckupRow> rows = new ArrayList<>();
        int number = 0;
        for (int c = 0; c < d.centers.size(); c++) {
            int[] offsets = new int[MODEL_REFERENCE.length];
            for (int s = 0; s < offsets.length; s++) {
                offsets[s] = 1 + random.nextInt(3); // 1..3 steps towards the right pole
            }
            int step = 0;
            for (int year = spec.from().getYear(); year <= spec.until().getYear(); year++) {
                long from = Math.max(LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond(),
                        fromInstant.getEpochSecond()) + 30 * 86_400L;
                long to = Math.min(LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - 14 * 86_400L,
                        untilInstant.getEpochSecond() - 3600);
                if (to <= from) {
                    continue;
                }
                List<String> roles = random.nextDouble() < 0.5 ? List.of("SELF", "EXPERT") : List.of(step == 0 ? "SELF" : "EXPERT");
                for (String role : roles) {
                    int[] positions = new int[MODEL_REFERENCE.length];
                    for (int s = 0; s < positions.length; s++) {
                        int off = offsets[s] >> Math.min(step, 2); // each year closer to the model
                        int noise = random.nextDouble() < 0.2 ? (random.nextBoolean() ? 1 : -1) : 0;
                        positions[s] = Math.max(-3, Math.min(3, MODEL_REFERENCE[s] + off + noise));
                    }
                    long assessed = from + (long) (random.nextDouble() * (to - from));
                    rows.add(new SimulatedNetwork.CheckupRow(id("model-checkup", ++number), c, role, assessed, positions));
                }
                step++;
            }
        }
        rows.sort(Comparator.comparingLong(SimulatedNetwork.CheckupRow::assessed));
        d.checkups = List.copyOf(rows);
    }

    // ------------------------------------------------------------------------------------------ helpers

    static int pickWeighted(double[] weights, SplittableRandom random) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double r = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }

    static int pickCumulative(double[] cumulative, SplittableRandom random) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
        return Math.min(index < 0 ? -index - 1 : index, cumulative.length - 1);
    }

    static double gaussian(SplittableRandom random) {
        // Box–Muller spelled out: the sequence must not depend on a JDK's nextGaussian algorithm
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Picks days of [from, until) in proportion to {@link Seasonality#weightOf}. */
    static final class DayPicker {
        private final LocalDate from;
        private final double[] cumulative;

        DayPicker(LocalDate from, LocalDate until) {
            this.from = from;
            int days = (int) Math.max(1, ChronoUnit.DAYS.between(from, until));
            cumulative = new double[days];
            double sum = 0;
            for (int i = 0; i < days; i++) {
                sum += Seasonality.weightOf(from.plusDays(i));
                cumulative[i] = sum;
            }
        }

        LocalDate pick(SplittableRandom random) {
            double r = random.nextDouble() * cumulative[cumulative.length - 1];
            int index = Arrays.binarySearch(cumulative, r);
            if (index < 0) {
                index = -index - 1;
            }
            return from.plusDays(Math.min(index, cumulative.length - 1));
        }
    }
}
