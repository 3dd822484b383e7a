package org.neighborhoodcapital.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

import org.neighborhoodcapital.contracts.events.InitiativeType;

import tools.jackson.databind.JsonNode;

/** The figures of one scope of an impact report as read from its JSON, for readable assertions. */
record Figures(long eventsHeld, long residentLedEvents, long attendances, long uniqueParticipants,
               long returningParticipants, Map<String, Long> initiativesLaunched) {

    static Figures of(JsonNode node) {
        Map<String, Long> initiatives = new LinkedHashMap<>();
        node.get("initiativesLaunched").properties().forEach(e -> initiatives.put(e.getKey(), e.getValue().asLong()));
        return new Figures(node.get("eventsHeld").asLong(), node.get("residentLedEvents").asLong(),
                node.get("attendances").asLong(), node.get("uniqueParticipants").asLong(),
                node.get("returningParticipants").asLong(), initiatives);
    }

    /** Expected figures; initiative types not named are expected to be listed with 0. */
    static Figures expected(long eventsHeld, long residentLedEvents, long attendances, long uniqueParticipants,
                            long returningParticipants, Map<InitiativeType, Long> initiatives) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (InitiativeType type : InitiativeType.values()) {
            all.put(type.name(), initiatives.getOrDefault(type, 0L));
        }
        return new Figures(eventsHeld, residentLedEvents, attendances, uniqueParticipants, returningParticipants, all);
    }
}
