package org.neighborhoodcapital.memberships.funnel.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.events.OrganizerKind;

/**
 * The facts of a batch of consumed records, folded in memory into one change per event, per
 * participant and per initiative, to be written as a few bulk upserts that only add to sets: a
 * record seen twice, or a batch written twice, changes nothing. Times are cut to the millisecond,
 * what the store keeps, so that equal facts are equal elements of a set.
 */
public final class ActivityBatch {

    /** What the batch adds to one calendar event. */
    public static final class EventFacts {
        private final UUID eventId;
        private String centerId;
        private boolean scheduled;
        private UUID residentOrganizerId;
        private UUID initiativeId;
        private final Set<EventRevision> revisions = new LinkedHashSet<>();
        private final Set<Attendance> attendees = new LinkedHashSet<>();

        EventFacts(UUID eventId) {
            this.eventId = eventId;
        }

        public UUID eventId() {
            return eventId;
        }

        public String centerId() {
            return centerId;
        }

        /** Whether the batch holds its EventScheduled (and so its organizer and initiative). */
        public boolean scheduled() {
            return scheduled;
        }

        public UUID residentOrganizerId() {
            return residentOrganizerId;
        }

        public UUID initiativeId() {
            return initiativeId;
        }

        public Set<EventRevision> revisions() {
            return revisions;
        }

        public Set<Attendance> attendees() {
            return attendees;
        }
    }

    /** What the batch adds to one participant's activity. */
    public static final class ParticipantFacts {
        private final Set<Attendance> attended = new LinkedHashSet<>();
        private final Set<UUID> organized = new LinkedHashSet<>();
        private final Set<UUID> led = new LinkedHashSet<>();

        public Set<Attendance> attended() {
            return attended;
        }

        public Set<UUID> organized() {
            return organized;
        }

        public Set<UUID> led() {
            return led;
        }
    }

    private final Map<UUID, EventFacts> events = new LinkedHashMap<>();
    private final Map<UUID, ParticipantFacts> participants = new LinkedHashMap<>();
    private final Map<UUID, InitiativeLaunched> initiatives = new LinkedHashMap<>();

    public void add(EventScheduled e) {
        EventFacts facts = event(e.eventId(), e.centerId());
        facts.scheduled = true;
        facts.initiativeId = e.initiativeId();
        if (e.organizer().kind() == OrganizerKind.RESIDENT) {
            facts.residentOrganizerId = e.organizer().participantId();
            participant(e.organizer().participantId()).organized.add(e.eventId());
        }
        facts.revisions.add(new EventRevision(e.revision(), millis(e.startsAt()), false));
    }

    public void add(EventRescheduled e) {
        event(e.eventId(), e.centerId()).revisions.add(new EventRevision(e.revision(), millis(e.startsAt()), false));
    }

    public void add(EventCancelled e) {
        event(e.eventId(), e.centerId()).revisions.add(new EventRevision(e.revision(), null, true));
    }

    public void add(AttendanceRecorded a) {
        Attendance attendance = new Attendance(a.participantId(), a.eventId(), millis(a.checkedInAt()));
        event(a.eventId(), a.centerId()).attendees.add(attendance);
        participant(a.participantId()).attended.add(attendance);
    }

    public void add(InitiativeLaunched i) {
        initiatives.put(i.initiativeId(), new InitiativeLaunched(i.initiativeId(), i.centerId(), i.title(), i.type(), i.leaderId(),
                millis(i.launchedAt())));
        participant(i.leaderId()).led.add(i.initiativeId());
    }

    /** Drops what the batch says about these participants (erased: they get no further activity). */
    public void forgetParticipants(Collection<UUID> ids) {
        ids.forEach(participants::remove);
        for (EventFacts facts : events.values()) {
            facts.attendees.removeIf(a -> ids.contains(a.participantId()));
        }
    }

    public boolean isEmpty() {
        return events.isEmpty() && participants.isEmpty() && initiatives.isEmpty();
    }

    public Map<UUID, EventFacts> events() {
        return events;
    }

    public Map<UUID, ParticipantFacts> participants() {
        return participants;
    }

    public Map<UUID, InitiativeLaunched> initiatives() {
        return initiatives;
    }

    private EventFacts event(UUID eventId, String centerId) {
        EventFacts facts = events.computeIfAbsent(eventId, EventFacts::new);
        facts.centerId = centerId;
        return facts;
    }

    private ParticipantFacts participant(UUID participantId) {
        return participants.computeIfAbsent(participantId, id -> new ParticipantFacts());
    }

    private static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
