package org.neighborhoodcapital.simulator;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.Sources;
import org.neighborhoodcapital.contracts.assessments.AssessorRole;
import org.neighborhoodcapital.contracts.assessments.CenterModelAssessed;
import org.neighborhoodcapital.contracts.assessments.OrganizationType;
import org.neighborhoodcapital.contracts.assessments.SubjectivityAssessed;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.events.Organizer;
import org.neighborhoodcapital.contracts.events.RegistrationMade;
import org.neighborhoodcapital.contracts.events.RegistrationStatus;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.contracts.memberships.ParticipantJoined;
import org.neighborhoodcapital.contracts.memberships.PassCancelled;
import org.neighborhoodcapital.contracts.memberships.PassExpired;
import org.neighborhoodcapital.contracts.memberships.PassPurchased;
import org.neighborhoodcapital.contracts.memberships.PassRenewed;

/**
 * A generated network ({@link NetworkSimulator#generate}) as the platform's published records, each in
 * its envelope with a deterministic id (so publishing it twice changes nothing downstream). The small
 * parts are lists; events and self-assessments are list views built on demand from compact tables;
 * registrations and check-ins are streams generated on the fly, event by event, from the seed: the
 * same spec always gives the same sequence, and millions of check-ins are never held in memory.
 */
public final class SimulatedNetwork {

    /** The reason given for cancelled events. */
    public static final String CANCEL_REASON = "The organizers had to call it off";

    record InitiativeRow(UUID id, int center, String title, InitiativeType type, int leader, long launched) {
    }

    record CheckupRow(UUID id, int center, String role, long assessed, int[] positions) {
    }

    static final class PassRow {
        final UUID id;
        final int participant;
        final PassPlan plan;
        final long purchased;
        final long validUntil;
        final List<Long> renewedAt = new ArrayList<>();
        final List<Long> renewedUntil = new ArrayList<>();
        long cancelledAt;
        long refundMinor;
        long finalUntil;

        PassRow(UUID id, int participant, PassPlan plan, long purchased, long validUntil) {
            this.id = id;
            this.participant = participant;
            this.plan = plan;
            this.purchased = purchased;
            this.validUntil = validUntil;
        }
    }

    /** Events in the order they start; times in epoch seconds, -1 / 0 for "none" as noted. */
    static final class EventTable {
        final UUID[] id;
        final int[] center;
        final byte[] format;
        final String[] title;
        final long[] start;
        final long[] end;
        final long[] originalStart;
        final long[] originalEnd;
        final long[] scheduledAt;
        /** 0: never rescheduled. */
        final long[] rescheduledAt;
        /** 0: not cancelled. */
        final long[] cancelledAt;
        final int[] capacity;
        /** -1: staff. */
        final int[] organizer;
        /** -1: none. */
        final int[] initiative;
        final long[] priceMinor;
        final int[] attendance;
        final int[] registeredAttendees;
        final int[] noShows;

        EventTable(int n) {
            id = new UUID[n];
            center = new int[n];
            format = new byte[n];
            title = new String[n];
            start = new long[n];
            end = new long[n];
            originalStart = new long[n];
            originalEnd = new long[n];
            scheduledAt = new long[n];
            rescheduledAt = new long[n];
            cancelledAt = new long[n];
            capacity = new int[n];
            organizer = new int[n];
            initiative = new int[n];
            priceMinor = new long[n];
            attendance = new int[n];
            registeredAttendees = new int[n];
            noShows = new int[n];
        }

        int size() {
            return id.length;
        }
    }

    /** Self-assessments: who, when, at what level (mean agreement 1..5), and the seed of the answers' noise. */
    static final class AssessmentTable {
        int size;
        int[] participant = new int[1024];
        long[] answered = new long[1024];
        double[] level = new double[1024];
        long[] answerSeed = new long[1024];

        void add(int p, long at, double lvl, long seed) {
            if (size == participant.length) {
                int capacity = size * 2;
                participant = Arrays.copyOf(participant, capacity);
                answered = Arrays.copyOf(answered, capacity);
                level = Arrays.copyOf(level, capacity);
                answerSeed = Arrays.copyOf(answerSeed, capacity);
            }
            participant[size] = p;
            answered[size] = at;
            level[size] = lvl;
            answerSeed[size] = seed;
            size++;
        }
    }

    /** What {@link NetworkSimulator} generates. */
    static final class Data {
        NetworkSpec spec;
        List<NetworkSimulator.CenterInfo> centers;
        UUID[] participantIds;
        int[] home;
        long[] joined;
        boolean[] consent;
        double[] weight;
        boolean[] dormant;
        double[] rank;
        int[][] residents;
        long[][] residentJoined;

        /** Residents of the center who had joined by {@code epochSecond} (each center's join times are sorted). */
        int residentsBy(int center, long epochSecond) {
            long[] joined = residentJoined[center];
            int low = 0;
            int high = joined.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (joined[mid] <= epochSecond) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
        /** Cumulative visiting weights of all participants (engagement, capped), for picking visitors. */
        double[] cumulativeWeight;
        List<InitiativeRow> initiatives;
        EventTable events;
        List<PassPlan> passPlans;
        List<PassRow> passes;
        AssessmentTable assessments;
        List<CheckupRow> checkups;
    }

    private final Data d;
    private final List<Envelope<CenterRegistered>> centers;
    private final List<Envelope<ParticipantJoined>> participants;
    private final List<ParticipantProfile> profiles;
    private final List<Envelope<? extends DomainEvent>> passes;
    private final List<Envelope<InitiativeLaunched>> initiatives;
    private final List<Envelope<EventRescheduled>> reschedules;
    private final List<Envelope<EventCancelled>> cancellations;
    private final List<Envelope<CenterModelAssessed>> modelCheckups;
    private final long checkInCount;
    private final long registrationCount;
    private final Map<UUID, Integer> eventIndex;
    private final String[] participantIdText;

    SimulatedNetwork(Data d) {
        this.d = d;
        Instant registered = d.spec.foundedOn().minusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant();
        this.centers = d.centers.stream().map(c -> Envelope.withId(
                Ids.deterministic(Sources.MEMBERSHIPS, "CenterRegistered", c.id()), Sources.MEMBERSHIPS, registered, c.id(),
                new CenterRegistered(c.id(), c.name(), c.city(), c.zone().getId(), new Money(c.budgetMinor(), NetworkSimulator.CURRENCY))))
                .toList();
        int n = d.participantIds.length;
        List<Envelope<ParticipantJoined>> joined = new ArrayList<>(n);
        List<ParticipantProfile> profileList = new ArrayList<>(n);
        int width = Math.max(4, Integer.toString(n).length());
        for (int p = 0; p < n; p++) {
            UUID id = d.participantIds[p];
            String home = d.centers.get(d.home[p]).id();
            Instant at = Instant.ofEpochSecond(d.joined[p]);
            joined.add(Envelope.withId(Ids.deterministic(Sources.MEMBERSHIPS, "ParticipantJoined", id.toString()),
                    Sources.MEMBERSHIPS, at, id.toString(), new ParticipantJoined(id, home, at, d.consent[p])));
            String number = String.format("%0" + width + "d", p + 1);
            profileList.add(new ParticipantProfile(p + 1, id, home, "Demo resident " + number, "resident-" + number + "@example.org",
                    d.consent[p], at, d.weight[p]));
        }
        this.participants = List.copyOf(joined);
        this.participantIdText = Arrays.stream(d.participantIds).map(UUID::toString).toArray(String[]::new);
        this.profiles = List.copyOf(profileList);
        this.passes = List.copyOf(passEnvelopes());
        this.initiatives = d.initiatives.stream().map(this::initiativeEnvelope).toList();
        EventTable t = d.events;
        List<Envelope<EventRescheduled>> moved = new ArrayList<>();
        List<Envelope<EventCancelled>> called = new ArrayList<>();
        Map<UUID, Integer> index = new java.util.HashMap<>();
        long checkIns = 0;
        long registrations = 0;
        for (int e = 0; e < t.size(); e++) {
            index.put(t.id[e], e);
            String center = centerId(t.center[e]);
            if (t.rescheduledAt[e] != 0) {
                Instant at = Instant.ofEpochSecond(t.rescheduledAt[e]);
                moved.add(Envelope.withId(Ids.deterministic(Sources.EVENTS, "EventRescheduled", t.id[e].toString(), "2"),
                        Sources.EVENTS, at, t.id[e].toString(), new EventRescheduled(t.id[e], center, Instant.ofEpochSecond(t.start[e]),
                                Instant.ofEpochSecond(t.end[e]), 2)));
            }
            if (t.cancelledAt[e] != 0) {
                Instant at = Instant.ofEpochSecond(t.cancelledAt[e]);
                int revision = t.rescheduledAt[e] != 0 ? 3 : 2;
                called.add(Envelope.withId(Ids.deterministic(Sources.EVENTS, "EventCancelled", t.id[e].toString()),
                        Sources.EVENTS, at, t.id[e].toString(), new EventCancelled(t.id[e], center, CANCEL_REASON, at, revision)));
            }
            checkIns += t.attendance[e];
            registrations += t.registeredAttendees[e] + t.noShows[e];
        }
        this.reschedules = List.copyOf(moved);
        this.cancellations = List.copyOf(called);
        this.eventIndex = index;
        this.checkInCount = checkIns;
        this.registrationCount = registrations;
        this.modelCheckups = d.checkups.stream().map(this::checkupEnvelope).toList();
    }

    public NetworkSpec spec() {
        return d.spec;
    }

    public List<Envelope<CenterRegistered>> centers() {
        return centers;
    }

    /** A center's IANA time zone, by id. */
    public ZoneId zoneOf(String centerId) {
        return d.centers.stream().filter(c -> c.id().equals(centerId)).findFirst().orElseThrow().zone();
    }

    public List<Envelope<ParticipantJoined>> participants() {
        return participants;
    }

    /** The participants with their made-up names and e-mails, in the order of {@link #participants()}. */
    public List<ParticipantProfile> participantProfiles() {
        return profiles;
    }

    public List<PassPlan> passPlans() {
        return d.passPlans;
    }

    /** Purchases, renewals, cancellations and expiries, pass by pass in the order they happened. */
    public List<Envelope<? extends DomainEvent>> passes() {
        return passes;
    }

    /** Every event as first scheduled (revision 1; a rescheduled one at its first dates), in the order they start. */
    public List<Envelope<EventScheduled>> events() {
        return new AbstractList<>() {
            @Override
            public Envelope<EventScheduled> get(int index) {
                return scheduled(index);
            }

            @Override
            public int size() {
                return d.events.size();
            }
        };
    }

    public List<Envelope<EventRescheduled>> reschedules() {
        return reschedules;
    }

    public List<Envelope<EventCancelled>> cancellations() {
        return cancellations;
    }

    /** The calendar topic's records: every scheduling, then the reschedules, then the cancellations (revisions rise per event). */
    public Stream<Envelope<? extends DomainEvent>> calendar() {
        return concat(events().stream(), reschedules.stream(), cancellations.stream());
    }

    public List<Envelope<InitiativeLaunched>> initiatives() {
        return initiatives;
    }

    /** Registrations (all CONFIRMED, within capacity): part of each event's attendees and some no-shows, event by event. */
    public Stream<Envelope<RegistrationMade>> registrations() {
        return IntStream.range(0, d.events.size()).boxed().flatMap(e -> registrationsOf(e).stream());
    }

    /** How many events there are (the indexes of {@link #checkInsOf} and {@link #registrationsOf}). */
    public int eventCount() {
        return d.events.size();
    }

    /** Everything before the registrations in {@link #allInTopicOrder()}: centers, participants, passes, calendar, initiatives. */
    public Stream<Envelope<? extends DomainEvent>> beforeRegistrations() {
        return concat(centers.stream(), participants.stream(), passes.stream(), calendar(), initiatives.stream());
    }

    /** Everything after the check-ins in {@link #allInTopicOrder()}: self-assessments and model check-ups. */
    public Stream<Envelope<? extends DomainEvent>> afterCheckIns() {
        return concat(subjectivityAssessments().stream(), modelCheckups.stream());
    }

    public long registrationCount() {
        return registrationCount;
    }

    /**
     * The check-ins, event by event in the order the events start, each event's in the order people
     * arrived: generated on the fly, never held.
     */
    public Stream<Envelope<AttendanceRecorded>> checkIns() {
        return IntStream.range(0, d.events.size()).boxed().flatMap(e -> checkInsOf(e).stream());
    }

    public long checkInCount() {
        return checkInCount;
    }

    /** The check-ins of one event (index in {@link #events()}). */
    public List<Envelope<AttendanceRecorded>> checkInsOf(int event) {
        Attendance attendance = attendanceOf(event);
        EventTable t = d.events;
        String center = centerId(t.center[event]);
        List<Envelope<AttendanceRecorded>> list = new ArrayList<>(attendance.attendees);
        String eventId = t.id[event].toString();
        for (int i = 0; i < attendance.attendees; i++) {
            int p = attendance.who[i];
            Instant at = Instant.ofEpochSecond(attendance.checkedIn[i]);
            AttendanceRecorded recorded = new AttendanceRecorded(t.id[event], center, d.participantIds[p], at);
            // = recorded.occurrenceId(), with the id texts computed once
            UUID occurrence = Ids.deterministic("attendance", eventId, participantIdText[p]);
            list.add(Envelope.withId(occurrence, Sources.EVENTS, at, eventId, recorded));
        }
        return list;
    }

    /** The index of an event in {@link #events()}, by its simulated id. */
    public int eventIndexOf(UUID eventId) {
        Integer index = eventIndex.get(eventId);
        if (index == null) {
            throw new IllegalArgumentException("no simulated event " + eventId);
        }
        return index;
    }

    /** Self-assessments in the order they were generated (participant by participant), answers included. */
    public List<SelfAssessment> selfAssessments() {
        return new AbstractList<>() {
            @Override
            public SelfAssessment get(int index) {
                return selfAssessment(index);
            }

            @Override
            public int size() {
                return d.assessments.size;
            }
        };
    }

    /** What the assessments service announces for {@link #selfAssessments()}: the scores. */
    public List<Envelope<SubjectivityAssessed>> subjectivityAssessments() {
        return new AbstractList<>() {
            @Override
            public Envelope<SubjectivityAssessed> get(int index) {
                return selfAssessment(index).envelope();
            }

            @Override
            public int size() {
                return d.assessments.size;
            }
        };
    }

    /** Model check-ups of the centers, SELF and EXPERT, about one or two a year each, in time order. */
    public List<Envelope<CenterModelAssessed>> modelCheckups() {
        return modelCheckups;
    }

    /**
     * Everything, topic by topic: centers, participants, passes, calendar, initiatives, registrations,
     * attendance, self-assessments, model check-ups. Lazy: check-ins and registrations are generated as it is read.
     */
    public Stream<Envelope<? extends DomainEvent>> allInTopicOrder() {
        return concat(beforeRegistrations(), registrations(), checkIns(), afterCheckIns());
    }

    /** How many records {@link #allInTopicOrder()} gives. */
    public long recordCount() {
        return centers.size() + participants.size() + passes.size() + d.events.size() + reschedules.size() + cancellations.size()
                + initiatives.size() + registrationCount + checkInCount + d.assessments.size + modelCheckups.size();
    }

    /**
     * Streams one after the other, lazily also when iterated: {@code Stream.concat} pulls from each
     * part as it is read, where a {@code flatMap} over the parts would buffer a whole part (millions of
     * check-ins) on the first {@code iterator().next()}.
     */
    @SafeVarargs
    private static Stream<Envelope<? extends DomainEvent>> concat(Stream<? extends Envelope<? extends DomainEvent>>... parts) {
        Stream<Envelope<? extends DomainEvent>> all = Stream.empty();
        for (Stream<? extends Envelope<? extends DomainEvent>> part : parts) {
            all = Stream.concat(all, part);
        }
        return all;
    }

    // ------------------------------------------------------------------------------------------ building records

    private String centerId(int center) {
        return d.centers.get(center).id();
    }

    private Envelope<EventScheduled> scheduled(int e) {
        EventTable t = d.events;
        Organizer organizer = t.organizer[e] < 0 ? Organizer.staff() : Organizer.resident(d.participantIds[t.organizer[e]]);
        UUID initiative = t.initiative[e] < 0 ? null : d.initiatives.get(t.initiative[e]).id();
        EventFormat format = NetworkSimulator.FORMATS.get(t.format[e]).format();
        EventScheduled scheduled = new EventScheduled(t.id[e], centerId(t.center[e]), t.title[e], format,
                Instant.ofEpochSecond(t.originalStart[e]), Instant.ofEpochSecond(t.originalEnd[e]), t.capacity[e], organizer,
                t.priceMinor[e], NetworkSimulator.CURRENCY, initiative, 1);
        return Envelope.withId(Ids.deterministic(Sources.EVENTS, "EventScheduled", t.id[e].toString(), "1"), Sources.EVENTS,
                Instant.ofEpochSecond(t.scheduledAt[e]), t.id[e].toString(), scheduled);
    }

    private Envelope<InitiativeLaunched> initiativeEnvelope(InitiativeRow row) {
        Instant at = Instant.ofEpochSecond(row.launched());
        return Envelope.withId(Ids.deterministic(Sources.EVENTS, "InitiativeLaunched", row.id().toString()), Sources.EVENTS, at,
                row.id().toString(), new InitiativeLaunched(row.id(), centerId(row.center()), row.title(), row.type(),
                        d.participantIds[row.leader()], at));
    }

    private Envelope<CenterModelAssessed> checkupEnvelope(CheckupRow row) {
        Instant at = Instant.ofEpochSecond(row.assessed());
        List<Integer> positions = Arrays.stream(row.positions()).boxed().toList();
        return Envelope.withId(Ids.deterministic(Sources.ASSESSMENTS, "CenterModelAssessed", row.id().toString()),
                Sources.ASSESSMENTS, at, centerId(row.center()), new CenterModelAssessed(row.id(), centerId(row.center()),
                        OrganizationType.CENTER, AssessorRole.valueOf(row.role()), at, positions));
    }

    private List<Envelope<? extends DomainEvent>> passEnvelopes() {
        List<Envelope<? extends DomainEvent>> list = new ArrayList<>();
        long until = d.spec.until().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        for (PassRow row : d.passes) {
            UUID participant = d.participantIds[row.participant];
            String center = row.plan.centerId();
            String subject = row.id.toString();
            Money price = new Money(row.plan.priceMinor(), row.plan.currency());
            Instant purchased = Instant.ofEpochSecond(row.purchased);
            list.add(Envelope.withId(Ids.deterministic(Sources.MEMBERSHIPS, "PassPurchased", subject), Sources.MEMBERSHIPS,
                    purchased, subject, new PassPurchased(row.id, participant, center, row.plan.planId(), row.plan.tier(),
                            row.plan.scope(), price, purchased, purchased, Instant.ofEpochSecond(row.validUntil))));
            for (int i = 0; i < row.renewedAt.size(); i++) {
                Instant at = Instant.ofEpochSecond(row.renewedAt.get(i));
                list.add(Envelope.withId(Ids.deterministic(Sources.MEMBERSHIPS, "PassRenewed", subject, Integer.toString(i + 1)),
                        Sources.MEMBERSHIPS, at, subject, new PassRenewed(row.id, participant, center, price, at,
                                Instant.ofEpochSecond(row.renewedUntil.get(i)))));
            }
            if (row.cancelledAt != 0) {
                Instant at = Instant.ofEpochSecond(row.cancelledAt);
                list.add(Envelope.withId(Ids.deterministic(Sources.MEMBERSHIPS, "PassCancelled", subject), Sources.MEMBERSHIPS,
                        at, subject, new PassCancelled(row.id, participant, center, new Money(row.refundMinor, row.plan.currency()), at)));
            } else if (row.finalUntil < until) {
                Instant at = Instant.ofEpochSecond(row.finalUntil);
                list.add(Envelope.withId(Ids.deterministic("pass-expired", subject), Sources.MEMBERSHIPS, at, subject,
                        new PassExpired(row.id, participant, center, at)));
            }
        }
        return list;
    }

    private SelfAssessment selfAssessment(int index) {
        AssessmentTable t = d.assessments;
        Random random = new Random(t.answerSeed[index]);
        double level = t.level[index];
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (SubjectivityInstrument.Item item : SubjectivityInstrument.ITEMS) {
            long agreement = Math.round(level + 0.7 * random.nextGaussian());
            int answer = (int) Math.max(SubjectivityInstrument.ANSWER_MIN, Math.min(SubjectivityInstrument.ANSWER_MAX, agreement));
            answers.put(item.id(), item.reverse() ? SubjectivityInstrument.ANSWER_MIN + SubjectivityInstrument.ANSWER_MAX - answer : answer);
        }
        UUID id = Ids.deterministic("simulator", Long.toString(d.spec.seed()), "self-assessment", Integer.toString(index + 1));
        return new SelfAssessment(id, d.participantIds[t.participant[index]], Instant.ofEpochSecond(t.answered[index]), answers);
    }

    // ------------------------------------------------------------------------------------------ attendance

    /** Who came to an event (the first {@code attendees} of {@code who}, with their check-in times) and who registered but did not. */
    private record Attendance(int[] who, long[] checkedIn, int attendees, boolean[] registered) {
    }

    private static final Attendance NOBODY = new Attendance(new int[0], new long[0], 0, new boolean[0]);

    private Attendance attendanceOf(int e) {
        EventTable t = d.events;
        int k = t.attendance[e];
        int m = k + t.noShows[e];
        if (m == 0) {
            return NOBODY;
        }
        SplittableRandom random = NetworkSimulator.random(d.spec.seed(), "attendance", e);
        int center = t.center[e];
        long joinedBy = t.cancelledAt[e] != 0 ? t.cancelledAt[e] - 3600 : t.start[e] - NetworkSimulator.JOIN_LEAD_SECONDS;
        int pool = d.residentsBy(center, joinedBy);

        int wantVisitors = 0;
        for (int i = 0; i < k; i++) {
            if (random.nextDouble() < d.spec.visitorShare()) {
                wantVisitors++;
            }
        }
        int[] who = new int[m];
        int got = 0;
        int n = d.participantIds.length;
        double total = d.cumulativeWeight[n - 1];
        for (int attempt = 0; got < wantVisitors && attempt < 8 * wantVisitors + 8; attempt++) {
            int p = Arrays.binarySearch(d.cumulativeWeight, random.nextDouble() * total);
            p = p < 0 ? Math.min(-p - 1, n - 1) : p;
            if (d.home[p] == center || d.joined[p] > joinedBy || contains(who, got, p)) {
                continue;
            }
            who[got++] = p;
        }
        int visitors = got;

        // the residents: a weighted sample without replacement (Efraimidis–Spirakis keys), most eager first
        int needed = Math.min(m - visitors, pool);
        int[] heap = new int[needed];
        double[] keys = new double[needed];
        int size = 0;
        int[] residents = d.residents[center];
        for (int r = 0; r < pool; r++) {
            int p = residents[r];
            double key = Math.log(1 - random.nextDouble()) / d.weight[p];
            if (size < needed) {
                heap[size] = p;
                keys[size] = key;
                siftUp(heap, keys, size++);
            } else if (needed > 0 && key > keys[0]) {
                heap[0] = p;
                keys[0] = key;
                siftDown(heap, keys, size);
            }
        }
        // most eager first: pop the min-heap into the tail
        int[] eager = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            eager[i] = heap[0];
            heap[0] = heap[size - 1];
            keys[0] = keys[size - 1];
            size--;
            siftDown(heap, keys, size);
        }
        for (int p : eager) {
            who[got++] = p;
        }
        int attendees = Math.min(k, got);

        // arrival: around the start, a little late on average, never after the end
        EventTable table = d.events;
        long start = table.start[e];
        long latest = Math.min(table.end[e] - 60, start + 90 * 60);
        long[] at = new long[attendees];
        for (int i = 0; i < attendees; i++) {
            long offset = Math.round((3 + 9 * NetworkSimulator.gaussian(random)) * 60);
            at[i] = Math.max(start - 20 * 60, Math.min(latest, start + offset));
        }
        // who of the attendees had registered: a random part
        boolean[] registered = new boolean[got];
        int registeredAttendees = Math.min(attendees, table.registeredAttendees[e]);
        for (int i = 0; i < attendees; i++) {
            registered[i] = i < registeredAttendees;
        }
        for (int i = attendees - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            boolean b = registered[i];
            registered[i] = registered[j];
            registered[j] = b;
        }
        for (int i = attendees; i < got; i++) {
            registered[i] = true; // the no-shows
        }
        // check-ins in the order people arrived
        Integer[] order = new Integer[attendees];
        for (int i = 0; i < attendees; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> at[a] != at[b] ? Long.compare(at[a], at[b]) : Integer.compare(who[a], who[b]));
        int[] sortedWho = Arrays.copyOf(who, got);
        long[] sortedAt = new long[attendees];
        boolean[] sortedRegistered = Arrays.copyOf(registered, got);
        for (int i = 0; i < attendees; i++) {
            sortedWho[i] = who[order[i]];
            sortedAt[i] = at[order[i]];
            sortedRegistered[i] = registered[order[i]];
        }
        return new Attendance(sortedWho, sortedAt, attendees, sortedRegistered);
    }

    /** The registrations for one event (index in {@link #events()}), in the order they were made. */
    public List<Envelope<RegistrationMade>> registrationsOf(int e) {
        Attendance attendance = attendanceOf(e);
        if (attendance.who.length == 0) {
            return List.of();
        }
        EventTable t = d.events;
        SplittableRandom random = NetworkSimulator.random(d.spec.seed(), "registrations", e);
        String center = centerId(t.center[e]);
        long upper = (t.cancelledAt[e] != 0 ? t.cancelledAt[e] : t.start[e]) - 60;
        List<Envelope<RegistrationMade>> list = new ArrayList<>();
        for (int i = 0; i < attendance.who.length; i++) {
            if (!attendance.registered[i]) {
                continue;
            }
            int p = attendance.who[i];
            long lower = Math.max(t.scheduledAt[e], d.joined[p]) + 60;
            long span = Math.max(0, Math.min(14 * 86_400L, upper - lower));
            long at = upper - (span == 0 ? 0 : random.nextLong(span));
            at = Math.max(at, d.joined[p] + 1);
            Instant registeredAt = Instant.ofEpochSecond(at);
            UUID registrationId = Ids.deterministic("simulator", Long.toString(d.spec.seed()), "registration",
                    t.id[e].toString(), d.participantIds[p].toString());
            RegistrationMade made = new RegistrationMade(registrationId, t.id[e], center, d.participantIds[p],
                    RegistrationStatus.CONFIRMED, null, false, registeredAt);
            list.add(Envelope.withId(Ids.deterministic(Sources.EVENTS, "RegistrationMade", registrationId.toString()),
                    Sources.EVENTS, registeredAt, t.id[e].toString(), made));
        }
        list.sort(java.util.Comparator.comparing(Envelope::time));
        return list;
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static void siftUp(int[] heap, double[] keys, int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] <= keys[i]) {
                return;
            }
            swap(heap, keys, i, parent);
            i = parent;
        }
    }

    private static void siftDown(int[] heap, double[] keys, int size) {
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int smallest = left + 1 < size && keys[left + 1] < keys[left] ? left + 1 : left;
            if (keys[i] <= keys[smallest]) {
                return;
            }
            swap(heap, keys, i, smallest);
            i = smallest;
        }
    }

    private static void swap(int[] heap, double[] keys, int a, int b) {
        int h = heap[a];
        heap[a] = heap[b];
        heap[b] = h;
        double k = keys[a];
        keys[a] = keys[b];
        keys[b] = k;
    }
}
