package org.neighborhoodcapital.memberships.funnel.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Object mother for a participant's dated activity: hours after {@link #T0} stand for times, ids
 * are made readable ("event 1"), every fact may be added twice or in any order.
 */
final class Activities {

    static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
    static final Instant JOINED = T0.minusSeconds(86_400);
    static final UUID ME = id("me");

    private final UUID participant;
    private Instant joinedAt = JOINED;
    private final List<Attendance> attendances = new ArrayList<>();
    private final List<KnownEvent> events = new ArrayList<>();
    private final List<LedInitiative> initiatives = new ArrayList<>();
    private final List<Attendance> initiativeAttendances = new ArrayList<>();

    private Activities(UUID participant) {
        this.participant = participant;
    }

    static Activities ofMe() {
        return new Activities(ME);
    }

    static Instant at(double hours) {
        return T0.plusSeconds(Math.round(hours * 3600));
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes());
    }

    static UUID event(int n) {
        return id("event " + n);
    }

    static UUID initiative(int n) {
        return id("initiative " + n);
    }

    static UUID person(String name) {
        return id("person " + name);
    }

    Activities joinedAt(Instant at) {
        this.joinedAt = at;
        return this;
    }

    /** I checked in at event n at the given hour. */
    Activities attended(int event, double hour) {
        attendances.add(new Attendance(participant, event(event), at(hour)));
        return this;
    }

    /** Event n is known: cancelled, no organizer, no initiative. */
    Activities cancelled(int event) {
        events.add(new KnownEvent(event(event), at(0), null, null, true));
        return this;
    }

    /** I organize event n, starting at the given hour. */
    Activities organized(int event, double startsAtHour) {
        events.add(new KnownEvent(event(event), at(startsAtHour), participant, null, false));
        return this;
    }

    Activities organizedButCancelled(int event, double startsAtHour) {
        events.add(new KnownEvent(event(event), at(startsAtHour), participant, null, true));
        return this;
    }

    /** I launched initiative n at the given hour. */
    Activities launched(int initiative, double hour) {
        initiatives.add(new LedInitiative(initiative(initiative), at(hour)));
        return this;
    }

    /** Event n belongs to initiative i (staff-run, starting at hour 0). */
    Activities eventOf(int event, int initiative) {
        return eventOf(event, initiative, false);
    }

    Activities eventOf(int event, int initiative, boolean cancelled) {
        events.add(new KnownEvent(event(event), at(0), null, initiative(initiative), cancelled));
        return this;
    }

    /** Someone checked in at event n (of an initiative I lead) at the given hour. */
    Activities drew(String who, int event, double hour) {
        initiativeAttendances.add(new Attendance(person(who), event(event), at(hour)));
        return this;
    }

    ParticipantActivity build() {
        return new ParticipantActivity(participant, joinedAt, attendances, events, initiatives, initiativeAttendances);
    }

    /** The same facts, listed in reverse order and each twice. */
    ParticipantActivity reversedAndDoubled() {
        return new ParticipantActivity(participant, joinedAt, reversedTwice(attendances), reversedTwice(events), reversedTwice(initiatives),
                reversedTwice(initiativeAttendances));
    }

    private static <T> List<T> reversedTwice(List<T> list) {
        List<T> result = new ArrayList<>(list.reversed());
        result.addAll(list);
        return result;
    }
}
