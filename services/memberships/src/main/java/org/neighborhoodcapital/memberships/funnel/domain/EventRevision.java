package org.neighborhoodcapital.memberships.funnel.domain;

import java.time.Instant;

/**
 * One announced version of a calendar event: scheduled (revision 1), rescheduled (a higher revision,
 * a new start) or cancelled ({@code startsAt} null). Kept as a set, so that records arriving twice
 * or out of order give the same {@link KnownEvent}.
 */
public record EventRevision(int revision, Instant startsAt, boolean cancelled) {
}
