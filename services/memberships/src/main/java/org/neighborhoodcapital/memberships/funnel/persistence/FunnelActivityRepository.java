package org.neighborhoodcapital.memberships.funnel.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.memberships.funnel.domain.ActivityBatch;
import org.neighborhoodcapital.memberships.funnel.domain.Attendance;
import org.neighborhoodcapital.memberships.funnel.domain.EventRevision;
import org.neighborhoodcapital.memberships.funnel.domain.KnownEvent;
import org.neighborhoodcapital.memberships.funnel.domain.LedInitiative;
import org.neighborhoodcapital.memberships.funnel.domain.ParticipantActivity;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The dated activity the funnel is computed from, as sets that only grow (so that replays change
 * nothing), in three collections:
 * <pre>
 * funnel_activity    {_id: participantId, attended: [{eventId, checkedInAt}], organized: [eventId], led: [initiativeId]}
 * funnel_events      {_id: eventId, centerId, organizerId?, initiativeId?, revisions: [{revision, startsAt?, cancelled}],
 *                     attendees: [{participantId, checkedInAt}]}                  index: initiativeId
 * funnel_initiatives {_id: initiativeId, centerId, type, leaderId, launchedAt, eventIds: [eventId]}
 * </pre>
 * Every write is an upsert with {@code $set} of immutable facts and {@code $addToSet}, in one
 * unordered bulk write per collection and batch.
 */
@Repository
public class FunnelActivityRepository implements SmartInitializingSingleton {

    public static final String ACTIVITY = "funnel_activity";
    public static final String EVENTS = "funnel_events";
    public static final String INITIATIVES = "funnel_initiatives";

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    /** The ids of an initiative's events: its leader's reach is read by {@code _id}, not by a scan of every event. */
    private static final String EVENT_IDS = "eventIds";
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoTemplate mongo;

    public FunnelActivityRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.getCollection(EVENTS).createIndex(Indexes.ascending("initiativeId"));
        mongo.getCollection(EVENTS).createIndex(Indexes.ascending("attendees.participantId"));
    }

    /** Adds the batch's facts to the store: idempotent, any order. */
    public void record(ActivityBatch batch) {
        List<WriteModel<Document>> events = new ArrayList<>();
        List<WriteModel<Document>> initiatives = new ArrayList<>();
        for (ActivityBatch.EventFacts facts : batch.events().values()) {
            if (facts.scheduled() && facts.initiativeId() != null) {
                // the initiative lists its events, so that a leader's reach is read by _id
                initiatives.add(new UpdateOneModel<>(Filters.eq("_id", facts.initiativeId().toString()),
                        Updates.addToSet(EVENT_IDS, facts.eventId().toString()), UPSERT));
            }
            List<Bson> updates = new ArrayList<>();
            updates.add(Updates.set("centerId", facts.centerId()));
            if (facts.scheduled()) {
                if (facts.residentOrganizerId() != null) {
                    updates.add(Updates.set("organizerId", facts.residentOrganizerId().toString()));
                }
                if (facts.initiativeId() != null) {
                    updates.add(Updates.set("initiativeId", facts.initiativeId().toString()));
                }
            }
            if (!facts.revisions().isEmpty()) {
                updates.add(Updates.addEachToSet("revisions", facts.revisions().stream().map(FunnelActivityRepository::revision).toList()));
            }
            if (!facts.attendees().isEmpty()) {
                updates.add(Updates.addEachToSet("attendees", facts.attendees().stream().map(FunnelActivityRepository::attendee).toList()));
            }
            events.add(new UpdateOneModel<>(Filters.eq("_id", facts.eventId().toString()), Updates.combine(updates), UPSERT));
        }
        for (InitiativeLaunched i : batch.initiatives().values()) {
            initiatives.add(new UpdateOneModel<>(Filters.eq("_id", i.initiativeId().toString()), Updates.combine(
                    Updates.set("centerId", i.centerId()),
                    Updates.set("type", i.type().name()),
                    Updates.set("leaderId", i.leaderId().toString()),
                    Updates.set("launchedAt", Date.from(i.launchedAt())),
                    Updates.addEachToSet(EVENT_IDS, List.of())), UPSERT));
        }
        List<WriteModel<Document>> activity = new ArrayList<>();
        batch.participants().forEach((participantId, facts) -> {
            List<Bson> updates = new ArrayList<>();
            if (!facts.attended().isEmpty()) {
                updates.add(Updates.addEachToSet("attended", facts.attended().stream()
                        .map(a -> new Document("eventId", a.eventId().toString()).append("checkedInAt", Date.from(a.checkedInAt())))
                        .toList()));
            }
            if (!facts.organized().isEmpty()) {
                updates.add(Updates.addEachToSet("organized", facts.organized().stream().map(UUID::toString).toList()));
            }
            if (!facts.led().isEmpty()) {
                updates.add(Updates.addEachToSet("led", facts.led().stream().map(UUID::toString).toList()));
            }
            if (!updates.isEmpty()) {
                activity.add(new UpdateOneModel<>(Filters.eq("_id", participantId.toString()), Updates.combine(updates), UPSERT));
            }
        });
        bulk(EVENTS, events);
        bulk(INITIATIVES, initiatives);
        bulk(ACTIVITY, activity);
    }

    /**
     * Who may have moved because of changes to these events and initiatives: the residents who
     * organize the events, and the leaders of the initiatives the events belong to.
     */
    public Set<UUID> organizersAndLeaders(Collection<UUID> eventIds, Collection<UUID> initiativeIds) {
        Set<UUID> found = new HashSet<>();
        Set<String> initiatives = new HashSet<>(strings(initiativeIds));
        if (!eventIds.isEmpty()) {
            for (Document event : collection(EVENTS).find(Filters.in("_id", strings(eventIds)))
                    .projection(Projections.include("organizerId", "initiativeId"))) {
                uuid(event.getString("organizerId")).ifPresent(found::add);
                if (event.getString("initiativeId") != null) {
                    initiatives.add(event.getString("initiativeId"));
                }
            }
        }
        if (!initiatives.isEmpty()) {
            for (Document initiative : collection(INITIATIVES).find(Filters.in("_id", initiatives))
                    .projection(Projections.include("leaderId"))) {
                uuid(initiative.getString("leaderId")).ifPresent(found::add);
            }
        }
        return found;
    }

    /** The dated activity of each of these participants (none recorded: an empty activity), in five queries. */
    public Map<UUID, ParticipantActivity> load(Map<UUID, Instant> joinedAtById) {
        if (joinedAtById.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Document> activities = new HashMap<>();
        for (Document d : collection(ACTIVITY).find(Filters.in("_id", strings(joinedAtById.keySet())))) {
            activities.put(UUID.fromString(d.getString("_id")), d);
        }
        Set<String> ownEventIds = new LinkedHashSet<>();
        Set<String> ledIds = new LinkedHashSet<>();
        activities.values().forEach(d -> {
            d.getList("attended", Document.class, List.of()).forEach(a -> ownEventIds.add(a.getString("eventId")));
            ownEventIds.addAll(d.getList("organized", String.class, List.of()));
            ledIds.addAll(d.getList("led", String.class, List.of()));
        });

        Map<UUID, KnownEvent> ownEvents = new HashMap<>();
        if (!ownEventIds.isEmpty()) {
            for (Document d : collection(EVENTS).find(Filters.in("_id", ownEventIds)).projection(Projections.exclude("attendees"))) {
                KnownEvent event = knownEvent(d);
                ownEvents.put(event.eventId(), event);
            }
        }
        Map<UUID, LedInitiative> initiatives = new HashMap<>();
        Map<UUID, List<KnownEvent>> eventsOfInitiative = new HashMap<>();
        Map<UUID, List<Attendance>> attendeesOfInitiative = new HashMap<>();
        if (!ledIds.isEmpty()) {
            Set<String> listedEvents = new LinkedHashSet<>();
            Set<String> unlisted = new LinkedHashSet<>();
            for (Document d : collection(INITIATIVES).find(Filters.in("_id", ledIds))) {
                initiatives.put(UUID.fromString(d.getString("_id")), new LedInitiative(UUID.fromString(d.getString("_id")),
                        d.getDate("launchedAt").toInstant()));
                List<String> eventIds = d.getList(EVENT_IDS, String.class);
                if (eventIds == null) {
                    unlisted.add(d.getString("_id"));
                } else {
                    listedEvents.addAll(eventIds);
                }
            }
            List<Bson> eventsOfLed = new ArrayList<>(2);
            if (!listedEvents.isEmpty()) {
                eventsOfLed.add(Filters.in("_id", listedEvents));
            }
            if (!unlisted.isEmpty()) {
                // initiatives recorded before they listed their events
                eventsOfLed.add(Filters.in("initiativeId", unlisted));
            }
            Map<String, Document> eventDocuments = new LinkedHashMap<>();
            for (Bson filter : eventsOfLed) {
                for (Document d : collection(EVENTS).find(filter)) {
                    if (ledIds.contains(d.getString("initiativeId"))) {
                        eventDocuments.putIfAbsent(d.getString("_id"), d);
                    }
                }
            }
            for (Document d : eventDocuments.values()) {
                KnownEvent event = knownEvent(d);
                eventsOfInitiative.computeIfAbsent(event.initiativeId(), id -> new ArrayList<>()).add(event);
                List<Attendance> attendees = attendeesOfInitiative.computeIfAbsent(event.initiativeId(), id -> new ArrayList<>());
                for (Document a : d.getList("attendees", Document.class, List.of())) {
                    attendees.add(new Attendance(UUID.fromString(a.getString("participantId")), event.eventId(),
                            a.getDate("checkedInAt").toInstant()));
                }
            }
        }

        Map<UUID, ParticipantActivity> loaded = new HashMap<>();
        joinedAtById.forEach((participantId, joinedAt) -> {
            Document d = activities.get(participantId);
            if (d == null) {
                loaded.put(participantId, ParticipantActivity.none(participantId, joinedAt));
                return;
            }
            List<Attendance> attendances = new ArrayList<>();
            List<KnownEvent> events = new ArrayList<>();
            for (Document a : d.getList("attended", Document.class, List.of())) {
                UUID eventId = UUID.fromString(a.getString("eventId"));
                attendances.add(new Attendance(participantId, eventId, a.getDate("checkedInAt").toInstant()));
                if (ownEvents.containsKey(eventId)) {
                    events.add(ownEvents.get(eventId));
                }
            }
            for (String organized : d.getList("organized", String.class, List.of())) {
                KnownEvent event = ownEvents.get(UUID.fromString(organized));
                if (event != null) {
                    events.add(event);
                }
            }
            List<LedInitiative> led = new ArrayList<>();
            List<Attendance> initiativeAttendances = new ArrayList<>();
            for (String initiativeId : d.getList("led", String.class, List.of())) {
                UUID id = UUID.fromString(initiativeId);
                LedInitiative initiative = initiatives.get(id);
                if (initiative != null) {
                    led.add(initiative);
                    events.addAll(eventsOfInitiative.getOrDefault(id, List.of()));
                    initiativeAttendances.addAll(attendeesOfInitiative.getOrDefault(id, List.of()));
                }
            }
            loaded.put(participantId, new ParticipantActivity(participantId, joinedAt, attendances, events, led, initiativeAttendances));
        });
        return loaded;
    }

    /** Forgets an erased participant: their activity document, and their check-ins in the events' attendee sets. */
    public void forget(UUID participantId) {
        String id = participantId.toString();
        collection(ACTIVITY).deleteOne(Filters.eq("_id", id));
        collection(EVENTS).updateMany(Filters.eq("attendees.participantId", id),
                Updates.pullByFilter(new Document("attendees", new Document("participantId", id))));
    }

    private void bulk(String collection, List<WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            collection(collection).bulkWrite(writes, UNORDERED);
        }
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }

    private static Document revision(EventRevision r) {
        return new Document("revision", r.revision())
                .append("startsAt", r.startsAt() == null ? null : Date.from(r.startsAt()))
                .append("cancelled", r.cancelled());
    }

    private static Document attendee(Attendance a) {
        return new Document("participantId", a.participantId().toString()).append("checkedInAt", Date.from(a.checkedInAt()));
    }

    private static KnownEvent knownEvent(Document d) {
        List<EventRevision> revisions = new ArrayList<>();
        for (Document r : d.getList("revisions", Document.class, List.of())) {
            Date startsAt = r.getDate("startsAt");
            revisions.add(new EventRevision(r.getInteger("revision", 0), startsAt == null ? null : startsAt.toInstant(),
                    Boolean.TRUE.equals(r.getBoolean("cancelled"))));
        }
        return KnownEvent.of(UUID.fromString(d.getString("_id")), uuid(d.getString("organizerId")).orElse(null),
                uuid(d.getString("initiativeId")).orElse(null), revisions);
    }

    private static Optional<UUID> uuid(String value) {
        return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
    }

    private static List<String> strings(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
