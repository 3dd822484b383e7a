package org.neighborhoodcapital.reporting.impact.persistence;

import static org.neighborhoodcapital.reporting.projection.persistence.ProjectionCollections.CENTERS;
import static org.neighborhoodcapital.reporting.projection.persistence.ProjectionCollections.CHECKUPS;
import static org.neighborhoodcapital.reporting.projection.persistence.ProjectionCollections.EVENTS;
import static org.neighborhoodcapital.reporting.projection.persistence.ProjectionCollections.FUNNEL;
import static org.neighborhoodcapital.reporting.projection.persistence.ProjectionCollections.PARTICIPANTS;
import static org.neighborhoodcapital.reporting.projection.persistence.ProjectionCollections.PASSES;
import static org.neighborhoodcapital.reporting.projection.persistence.ProjectionCollections.INITIATIVES;
import static org.neighborhoodcapital.reporting.projection.persistence.ProjectionCollections.STARTS_AT;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.contracts.events.OrganizerKind;
import org.neighborhoodcapital.reporting.impact.domain.CheckupFacts;
import org.neighborhoodcapital.reporting.impact.domain.EventFacts;
import org.neighborhoodcapital.reporting.impact.domain.FunnelChangeFacts;
import org.neighborhoodcapital.reporting.impact.domain.MembershipFacts;
import org.neighborhoodcapital.reporting.impact.domain.ParticipantFacts;
import org.neighborhoodcapital.reporting.impact.domain.PassFacts;
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

    /** Events per reply batch: a year of a large network holds millions of attendee ids, far more than one reply may. */
    static final int EVENT_BATCH = 500;

    /**
     * The events not cancelled whose newest revision starts within the window, each with its
     * attendees. Events known only from a cancel or from check-ins (no start yet) are left out.
     * The cursor reads {@value #EVENT_BATCH} events per reply, and every participant id is parsed
     * once per call and shared by all its attendances (5 million check-ins of 50,000 people are
     * 50,000 {@link UUID}s and one array slot per check-in), so that a large year fits a small heap.
     */
    public List<EventFacts> eventsStartingIn(TimeWindow window) {
        Bson filter = Filters.and(
                Filters.gte(STARTS_AT, Date.from(window.from())),
                Filters.lt(STARTS_AT, Date.from(window.until())),
                Filters.ne("cancelled", true));
        Map<String, UUID> participants = new HashMap<>();
        List<EventFacts> facts = new ArrayList<>();
        for (Document event : mongo.getCollection(EVENTS).find(filter)
                .projection(Projections.include("centerId", STARTS_AT, "organizerKind", "priceMinor", "cancelled", "attendees"))
                .batchSize(EVENT_BATCH)) {
            List<String> ids = event.getList("attendees", String.class, List.of());
            UUID[] attendees = new UUID[ids.size()];
            for (int i = 0; i < attendees.length; i++) {
                attendees[i] = participants.computeIfAbsent(ids.get(i), UUID::fromString);
            }
            facts.add(new EventFacts(
                    UUID.fromString(event.getString("_id")),
                    event.getString("centerId"),
                    event.get("timing", Document.class).getDate("startsAt").toInstant(),
                    Boolean.TRUE.equals(event.getBoolean("cancelled")),
                    OrganizerKind.RESIDENT.name().equals(event.getString("organizerKind")),
                    event.get("priceMinor") instanceof Number price && price.longValue() > 0,
                    Arrays.asList(attendees)));
        }
        return facts;
    }

    /**
     * Everything memberships said: every participant (excluded when erased, or when their latest consent
     * change withdrew consent, or when they joined without consent and never changed it), every funnel
     * step, every pass, and the budget of each registered center that has one.
     */
    public MembershipFacts membership() {
        List<ParticipantFacts> participants = new ArrayList<>();
        for (Document p : mongo.getCollection(PARTICIPANTS).find()) {
            Document consent = p.get("consent", Document.class);
            boolean withoutConsent = consent != null
                    ? Boolean.TRUE.equals(consent.getBoolean("withdrawn"))
                    : Boolean.FALSE.equals(p.getBoolean("joinConsent"));
            participants.add(new ParticipantFacts(UUID.fromString(p.getString("_id")), p.getString("homeCenterId"),
                    instant(p.getDate("joinedAt")), p.get("erasedAt") != null || withoutConsent));
        }
        List<FunnelChangeFacts> steps = new ArrayList<>();
        for (Document f : mongo.getCollection(FUNNEL).find()) {
            UUID participant = UUID.fromString(f.getString("_id"));
            for (Document step : f.getList("steps", Document.class, List.of())) {
                steps.add(new FunnelChangeFacts(participant, f.getString("homeCenterId"),
                        FunnelStage.valueOf(step.getString("from")), FunnelStage.valueOf(step.getString("to")),
                        step.getDate("changedAt").toInstant()));
            }
        }
        List<PassFacts> passes = new ArrayList<>();
        for (Document p : mongo.getCollection(PASSES).find()) {
            Document purchase = p.get("purchase", Document.class);
            Document cancel = p.get("cancel", Document.class);
            List<PassFacts.Renewal> renewals = new ArrayList<>();
            for (Document r : p.getList("renewals", Document.class, List.of())) {
                renewals.add(new PassFacts.Renewal(r.getDate("renewedAt").toInstant(),
                        new Money(((Number) r.get("priceMinor")).longValue(), r.getString("currency")),
                        r.getDate("validUntil").toInstant()));
            }
            String participant = p.getString("participantId");
            passes.add(new PassFacts(UUID.fromString(p.getString("_id")), p.getString("centerId"),
                    participant == null ? null : UUID.fromString(participant),
                    purchase == null ? null : purchase.getDate("purchasedAt").toInstant(),
                    purchase == null ? null : new Money(((Number) purchase.get("priceMinor")).longValue(), purchase.getString("currency")),
                    purchase == null ? null : purchase.getDate("validFrom").toInstant(),
                    purchase == null ? null : purchase.getDate("validUntil").toInstant(),
                    renewals,
                    cancel == null ? null : cancel.getDate("cancelledAt").toInstant(),
                    cancel == null ? null : new Money(((Number) cancel.get("refundMinor")).longValue(), cancel.getString("currency"))));
        }
        Map<String, Money> budgets = new HashMap<>();
        for (Document center : mongo.getCollection(CENTERS).find()) {
            if (center.get("operatingBudgetMinor") instanceof Number amount && center.getString("budgetCurrency") != null) {
                budgets.put(center.getString("_id"), new Money(amount.longValue(), center.getString("budgetCurrency")));
            }
        }
        return new MembershipFacts(participants, steps, passes, budgets);
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** The model check-ups dated within the window. */
    public List<CheckupFacts> checkupsIn(TimeWindow window) {
        Bson filter = Filters.and(
                Filters.gte("assessedAt", Date.from(window.from())),
                Filters.lt("assessedAt", Date.from(window.until())));
        List<CheckupFacts> facts = new ArrayList<>();
        for (Document checkup : mongo.getCollection(CHECKUPS).find(filter)) {
            List<Integer> positions = new ArrayList<>();
            for (Object position : checkup.getList("positions", Object.class, List.of())) {
                positions.add(((Number) position).intValue());
            }
            facts.add(new CheckupFacts(UUID.fromString(checkup.getString("_id")), checkup.getString("centerId"),
                    checkup.getDate("assessedAt").toInstant(), positions));
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
