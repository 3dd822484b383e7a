package org.neighborhoodcapital.events.calendar.domain;

import java.util.List;

import org.neighborhoodcapital.contracts.DomainEvent;

/**
 * The outcome of an operation on an event: its new state and the facts to announce, in order. No
 * facts means nothing changed (a repeated cancel, a reschedule to the same times), so nothing is
 * written or published.
 */
public record Change(CalendarEvent event, List<DomainEvent> facts) {

    public Change {
        facts = List.copyOf(facts);
    }

    public static Change none(CalendarEvent event) {
        return new Change(event, List.of());
    }

    public boolean changed() {
        return !facts.isEmpty();
    }
}
