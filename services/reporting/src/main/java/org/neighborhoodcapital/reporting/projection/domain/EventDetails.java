package org.neighborhoodcapital.reporting.projection.domain;

import java.util.UUID;

import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.OrganizerKind;

/** What an event is, fixed when it is scheduled: format, organizer, price, initiative. */
public record EventDetails(EventFormat format, OrganizerKind organizerKind, UUID organizerId,
                           long priceMinor, String currency, UUID initiativeId) {
}
