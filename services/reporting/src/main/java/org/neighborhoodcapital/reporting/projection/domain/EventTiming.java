package org.neighborhoodcapital.reporting.projection.domain;

import java.time.Instant;

/** When an event takes place, as of a calendar revision. */
public record EventTiming(int revision, Instant startsAt, Instant endsAt) {
}
