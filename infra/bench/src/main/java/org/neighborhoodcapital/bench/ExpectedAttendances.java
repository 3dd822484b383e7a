package org.neighborhoodcapital.bench;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.contracts.memberships.ConsentChanged;
import org.neighborhoodcapital.contracts.memberships.ParticipantErased;
import org.neighborhoodcapital.contracts.memberships.ParticipantJoined;

/**
 * The report's {@code attendances} figure per year, computed independently from the records the
 * harness publishes: distinct (event, participant) check-ins at events that were not cancelled, by
 * the year of the event's latest start in its center's zone (UTC for a center never registered),
 * leaving out participants excluded from research (erased, or whose latest consent, at joining or
 * changed since, is "no"; participants never seen joining count).
 * Feed every record in publishing order ({@link #see}), then ask {@link #byYear()}.
 */
public final class ExpectedAttendances {

    private record Event(String centerId, java.time.Instant startsAt, int revision, boolean cancelled) {
    }

    private final Map<String, ZoneId> zones = new HashMap<>();
    private final Map<UUID, Event> events = new HashMap<>();
    private final Map<UUID, PairSet> attendeesByEvent = new HashMap<>();
    private final Map<UUID, Boolean> joinConsent = new HashMap<>();
    private final Map<UUID, ConsentChanged> latestConsent = new HashMap<>();
    private final java.util.Set<UUID> erased = new java.util.HashSet<>();

    public void see(DomainEvent data) {
        switch (data) {
            case CenterRegistered c -> zones.put(c.centerId(), ZoneId.of(c.timezone()));
            case EventScheduled s -> events.merge(s.eventId(), new Event(s.centerId(), s.startsAt(), s.revision(), false),
                    (old, now) -> now.revision() > old.revision() ? now : old);
            case EventRescheduled r -> events.computeIfPresent(r.eventId(), (id, old) -> r.revision() > old.revision()
                    ? new Event(old.centerId(), r.startsAt(), r.revision(), old.cancelled()) : old);
            case EventCancelled c -> events.computeIfPresent(c.eventId(), (id, old) -> c.revision() > old.revision()
                    ? new Event(old.centerId(), old.startsAt(), c.revision(), true) : old);
            case ParticipantJoined j -> joinConsent.put(j.participantId(), j.researchConsent());
            case ConsentChanged c -> latestConsent.merge(c.participantId(), c,
                    (old, now) -> now.changedAt().isBefore(old.changedAt()) ? old : now);
            case ParticipantErased e -> erased.add(e.participantId());
            case AttendanceRecorded a -> attendeesByEvent.computeIfAbsent(a.eventId(), id -> new PairSet()).add(a.participantId());
            default -> {
            }
        }
    }

    /** Year → expected attendances (only years with any). */
    public Map<Integer, Long> byYear() {
        java.util.Set<UUID> excluded = new java.util.HashSet<>(erased);
        joinConsent.forEach((id, consent) -> {
            if (!latestConsent.containsKey(id) && !consent) {
                excluded.add(id);
            }
        });
        latestConsent.forEach((id, change) -> {
            if (!change.researchConsent()) {
                excluded.add(id);
            }
        });
        Map<Integer, Long> years = new TreeMap<>();
        attendeesByEvent.forEach((eventId, attendees) -> {
            Event event = events.get(eventId);
            if (event == null || event.cancelled()) {
                return;
            }
            int year = event.startsAt().atZone(zones.getOrDefault(event.centerId(), ZoneOffset.UTC)).getYear();
            years.merge(year, (long) attendees.countExcluding(excluded), Long::sum);
        });
        return years;
    }

    /** A compact set of participant ids (two longs each, open addressing). */
    private static final class PairSet {
        private long[] msb = new long[16];
        private long[] lsb = new long[16];
        private boolean[] used = new boolean[16];
        private int size;

        void add(UUID id) {
            if ((size + 1) * 4 > msb.length * 3) {
                grow();
            }
            insert(id.getMostSignificantBits(), id.getLeastSignificantBits());
        }

        private boolean insert(long hi, long lo) {
            int mask = msb.length - 1;
            int i = (int) (mix(hi ^ lo) & mask);
            while (used[i]) {
                if (msb[i] == hi && lsb[i] == lo) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            msb[i] = hi;
            lsb[i] = lo;
            size++;
            return true;
        }

        private void grow() {
            long[] oldMsb = msb;
            long[] oldLsb = lsb;
            boolean[] oldUsed = used;
            msb = new long[oldMsb.length * 2];
            lsb = new long[oldMsb.length * 2];
            used = new boolean[oldMsb.length * 2];
            size = 0;
            for (int i = 0; i < oldMsb.length; i++) {
                if (oldUsed[i]) {
                    insert(oldMsb[i], oldLsb[i]);
                }
            }
        }

        private static long mix(long x) {
            x ^= x >>> 33;
            x *= 0xff51afd7ed558ccdL;
            x ^= x >>> 33;
            return x;
        }

        int size() {
            return size;
        }

        int countExcluding(java.util.Set<UUID> excluded) {
            if (excluded.isEmpty()) {
                return size;
            }
            int count = 0;
            for (int i = 0; i < msb.length; i++) {
                if (used[i] && !excluded.contains(new UUID(msb[i], lsb[i]))) {
                    count++;
                }
            }
            return count;
        }
    }
}
