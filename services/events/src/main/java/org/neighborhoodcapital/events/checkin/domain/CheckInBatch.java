package org.neighborhoodcapital.events.checkin.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violation;

/**
 * The well-formed check-ins of one request, in request order. A batch is taken whole or not at all:
 * {@link #requireAcceptable} refuses it if any item names an event that is unknown, belongs to
 * another center or is cancelled, or a participant that is not known.
 */
public final class CheckInBatch {

    private final List<NumberedCheckIn> items;

    private CheckInBatch(List<NumberedCheckIn> items) {
        this.items = List.copyOf(items);
    }

    public static CheckInBatch of(List<NumberedCheckIn> items) {
        return new CheckInBatch(items);
    }

    public int received() {
        return items.size();
    }

    /** The distinct events named, for one look-up of them all. */
    public Set<UUID> eventIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        items.forEach(item -> ids.add(item.checkIn().eventId()));
        return ids;
    }

    public Set<UUID> participantIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        items.forEach(item -> ids.add(item.checkIn().participantId()));
        return ids;
    }

    /**
     * @param known               the events found among {@link #eventIds()}, by id
     * @param unknownParticipants the participants among {@link #participantIds()} that are not known
     * @throws DomainException (UNPROCESSABLE) listing the refused items by line, field {@code eventId}
     *                         or {@code participantId}
     */
    public void requireAcceptable(String centerId, Map<UUID, KnownEvent> known, Collection<UUID> unknownParticipants) {
        List<Violation> refused = new ArrayList<>();
        for (NumberedCheckIn item : items) {
            CheckIn checkIn = item.checkIn();
            KnownEvent event = known.get(checkIn.eventId());
            if (event == null || !event.centerId().equals(centerId)) {
                refused.add(Violation.atLine(item.line(), "eventId", "no event " + checkIn.eventId() + " at center " + centerId));
            } else if (event.cancelled()) {
                refused.add(Violation.atLine(item.line(), "eventId", "event " + checkIn.eventId() + " is cancelled"));
            } else if (unknownParticipants.contains(checkIn.participantId())) {
                refused.add(Violation.atLine(item.line(), "participantId", "no participant " + checkIn.participantId()));
            }
        }
        if (!refused.isEmpty()) {
            throw DomainException.unprocessable(refused);
        }
    }

    /** One check-in per (event, participant): the first one in the request wins. */
    public List<CheckIn> distinct() {
        Map<String, CheckIn> first = new LinkedHashMap<>();
        items.forEach(item -> first.putIfAbsent(item.checkIn().key(), item.checkIn()));
        return List.copyOf(first.values());
    }
}
