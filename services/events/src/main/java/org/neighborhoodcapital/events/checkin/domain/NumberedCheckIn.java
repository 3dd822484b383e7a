package org.neighborhoodcapital.events.checkin.domain;

/** A check-in with its 1-based line (NDJSON) or element (JSON array) number in the request. */
public record NumberedCheckIn(int line, CheckIn checkIn) {
}
