package org.neighborhoodcapital.reporting.impact.persistence;

import static org.neighborhoodcapital.reporting.projection.persistence.ProjectionCollections.CENTERS;
import static org.neighborhoodcapital.reporting.projection.persistence.ProjectionCollections.EVENTS;
import static org.neighborhoodcapital.reporting.projection.persistence.ProjectionCollections.INITIATIVES;
import static org.neighborhoodcapital.reporting.projection.persistence.ProjectionCollections.STARTS_AT;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.events.OrganizerKind;
import org.neighborhoodcapital.reporting.impact.domain.EventFacts;
import org.neighborhoodcapital.reporting.impact.domain.InitiativeFacts;
import org.neighborhoodcapital.reporting.impact.domain.TimeWindow;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Loads from the projections only the facts that can fall into one year: a window of start times. */
@Component
public class ImpactFactsReader {

    private final MongoTemplate mongo;

    public ImpactFactsReader(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The zone of every registered center. */
    public Map<String, ZoneId> registeredZones() {
        Map<String, ZoneId> zones = new HashMap<>();
        for (Document center : mongo.getCollection(CENTERS).find().projection(Projections.include("timezone"))) {
            String zone = center.getString("timezone");
            if (zone != null) {
                zones.put(center.getString("_id"), ZoneId.of(zone));
            }
        }
        return zones;
    }

    /**
     * The events not cancelled whose newest revision starts within the window, each with its
     * attendees. Events known only from a cancel or from check-ins (no start yet) are left out.
     */
    public List<EventFacts> eventsStartingIn(TimeWindow window) {
        Bson filter = Filters.and(
                Filters.gte(STARTS_AT, Date.from(window.from())),
                Filters.lt(STARTS_AT, Date.from(window.until())),
                Filters.ne("cancelled", true));
        List<EventFacts> facts = new ArrayList<>();
        for (Document event : mongo.getCollection(EVENTS).find(filter)
                .projection(Projections.include("centerId", STARTS_AT, "organizerKind", "cancelled", "attendees"))) {
            List<String> ids = event.getList("attendees", String.class, List.of());
            Set<UUID> attendees = new HashSet<>(ids.size() * 2);
            for (String participant : ids) {
                attendees.add(UUID.fromString(participant));
            }
            facts.add(new EventFacts(
                    UUID.fromString(event.getString("_id")),
                    event.getString("centerId"),
                    event.get("timing", Document.class).getDate("startsAt").toInstant(),
                    Boolean.TRUE.equals(event.getBoolean("cancelled")),
                    OrganizerKind.RESIDENT.name().equals(event.getString("organizerKind")),
                    attendees));
        }
        return facts;
    }

    /** The initiatives launched within the window. */
    public List<InitiativeFacts> initiativesLaunchedIn(TimeWindow window) {
        Bson filter = Filters.and(
                Filters.gte("launchedAt", Date.from(window.from())),
                Filters.lt("launchedAt", Date.from(window.until())));
        List<InitiativeFacts> facts = new ArrayList<>();
        for (Document initiative : mongo.getCollection(INITIATIVES).find(filter)
                .projection(Projections.include("centerId", "type", "launchedAt"))) {
            facts.add(new InitiativeFacts(
                    UUID.fromString(initiative.getString("_id")),
                    initiative.getString("centerId"),
                    InitiativeType.valueOf(initiative.getString("type")),
                    initiative.getDate("launchedAt").toInstant()));
        }
        return facts;
    }
}
