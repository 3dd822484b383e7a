package org.neighborhoodcapital.events.calendar.domain;

/** An event is on the calendar until it is cancelled; a cancelled event stays cancelled. */
public enum EventStatus {
    SCHEDULED, CANCELLED
}
