package org.neighborhoodcapital.simulator;

import java.time.Instant;
import java.util.UUID;

/**
 * A simulated participant with what only memberships may know about them (a visibly made-up name
 * and e-mail), for feeding the public HTTP API. Nothing of it but the id, home center, join time
 * and consent ever crosses Kafka.
 *
 * @param number     1-based, in the order the participants were generated
 * @param engagement how much this participant tends to come (a lognormal weight; most are below 1,
 *                   a few far above); the share of check-ins follows it
 */
public record ParticipantProfile(
        int number,
        UUID participantId,
        String homeCenterId,
        String displayName,
        String email,
        boolean researchConsent,
        Instant joinedAt,
        double engagement) {
}
