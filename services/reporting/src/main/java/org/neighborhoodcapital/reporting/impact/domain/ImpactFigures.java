package org.neighborhoodcapital.reporting.impact.domain;

import java.util.Map;

import org.neighborhoodcapital.contracts.events.InitiativeType;

/**
 * The activity figures of one year, for one center or the whole network.
 *
 * @param eventsHeld            events starting in the year (local date) and not cancelled
 * @param residentLedEvents     of those, organized by a resident
 * @param attendances           distinct (event, participant) check-ins at events held in the year
 * @param uniqueParticipants    distinct participants with at least one attendance in the year
 * @param returningParticipants participants who attended in at least {@link ImpactRules#returningMinMonths()} distinct months
 * @param initiativesLaunched   initiatives launched in the year (local date), by type; every type present
 */
public record ImpactFigures(
        long eventsHeld,
        long residentLedEvents,
        long attendances,
        long uniqueParticipants,
        long returningParticipants,
        Map<InitiativeType, Long> initiativesLaunched) {

    public ImpactFigures {
        initiativesLaunched = Map.copyOf(initiativesLaunched);
    }

    public long initiativesLaunched(InitiativeType type) {
        return initiativesLaunched.getOrDefault(type, 0L);
    }
}
