package org.neighborhoodcapital.events.checkin.domain;

/**
 * The answer to a batch: items received, check-ins stored now ({@code accepted}), and the rest,
 * which repeat a check-in already stored or repeat one earlier in the same batch ({@code duplicate}).
 */
public record CheckInCounts(int received, int accepted, int duplicate) {

    public CheckInCounts {
        if (received != accepted + duplicate) {
            throw new IllegalArgumentException("received must equal accepted + duplicate");
        }
    }
}
