package org.neighborhoodcapital.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.assessments.CenterModelAssessed;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.contracts.memberships.PassCancelled;
import org.neighborhoodcapital.contracts.memberships.PassPurchased;
import org.neighborhoodcapital.contracts.memberships.PassRenewed;
import org.neighborhoodcapital.simulator.ParticipantProfile;
import org.neighborhoodcapital.simulator.PassPlan;
import org.neighborhoodcapital.simulator.SelfAssessment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request bodies of the memberships, events and assessments APIs for a simulated network.
 * Participant, plan, event and initiative ids are assigned by the services, so the bodies that refer
 * to them take the maps from simulated id to service id built while seeding.
 */
final class DemoRequests {

    /** The events API accepts at most 10,000 check-ins per request; smaller batches show progress. */
    static final int CHECK_INS_PER_BATCH = 500;
    /** About one check-in in a hundred is scanned twice at the door: the platform must count it once. */
    static final int REPEATED_SCAN_ONE_IN = 100;

    enum BatchFormat {
        JSON_ARRAY("application/json"),
        NDJSON("application/x-ndjson");

        final String contentType;

        BatchFormat(String contentType) {
            this.contentType = contentType;
        }
    }

    /** {@code size}: lines in the body (repeated scans included); {@code distinct}: check-ins of the network in it. */
    record CheckInBatch(String centerId, BatchFormat format, int size, int distinct, String body) {
    }

    /** An item of a version of the subjectivity instrument; a reverse-keyed one agrees at 1, not 5. */
    record InstrumentItem(String id, boolean reverse) {
    }

    /** What the seeder needs of an instrument version: its items and its answer scale. */
    record Instrument(String version, List<InstrumentItem> items, int answerMin, int answerMax) {

        /** Reads {@code GET /api/instruments/subjectivity/{version}}'s document: every item of every dimension. */
        static Instrument of(JsonNode document) {
            List<InstrumentItem> items = new ArrayList<>();
            for (JsonNode dimension : document.path("dimensions")) {
                for (JsonNode item : dimension.path("items")) {
                    String id = item.path("id").asString("");
                    if (!id.isBlank()) {
                        items.add(new InstrumentItem(id, item.path("reverse").asBoolean(false)));
                    }
                }
            }
            if (items.isEmpty()) {
                throw new PlatformHttp.PlatformHttpException("The instrument document has no items: "
                        + PlatformHttp.abbreviate(String.valueOf(document)));
            }
            JsonNode scoring = document.path("scoring");
            return new Instrument(document.path("version").asString("1"), List.copyOf(items),
                    scoring.path("answerMin").asInt(1), scoring.path("answerMax").asInt(5));
        }

        /** The simulator's answers that this version asks for (all of them, for version 1). */
        List<String> unanswered(SelfAssessment assessment) {
            return items.stream().map(InstrumentItem::id).filter(id -> !assessment.answers().containsKey(id)).toList();
        }
    }

    private final JsonMapper json;

    DemoRequests(JsonMapper json) {
        this.json = json;
    }

    String center(CenterRegistered center) {
        ObjectNode body = json.createObjectNode();
        body.put("id", center.centerId());
        body.put("name", center.name());
        body.put("city", center.city());
        body.put("timezone", center.timezone());
        ObjectNode budget = body.putObject("operatingBudget");
        budget.put("amountMinor", center.operatingBudget().amountMinor());
        budget.put("currency", center.operatingBudget().currency());
        return json.writeValueAsString(body);
    }

    String participant(ParticipantProfile participant) {
        ObjectNode body = json.createObjectNode();
        body.put("homeCenterId", participant.homeCenterId());
        body.put("displayName", participant.displayName());
        body.put("email", participant.email());
        body.put("researchConsent", participant.researchConsent());
        body.put("joinedAt", participant.joinedAt().toString());
        return json.writeValueAsString(body);
    }

    String passPlan(PassPlan plan) {
        ObjectNode body = json.createObjectNode();
        body.put("name", plan.name());
        body.put("tier", plan.tier().name());
        body.put("priceMinor", plan.priceMinor());
        body.put("currency", plan.currency());
        body.put("durationDays", plan.durationDays());
        body.put("scope", plan.scope().name());
        return json.writeValueAsString(body);
    }

    String passPurchase(PassPurchased pass, Map<UUID, String> planIds) {
        ObjectNode body = json.createObjectNode();
        body.put("planId", idOf(planIds, pass.planId(), "plan"));
        body.put("purchasedAt", pass.purchasedAt().toString());
        return json.writeValueAsString(body);
    }

    String passRenewal(PassRenewed renewal) {
        ObjectNode body = json.createObjectNode();
        body.put("renewedAt", renewal.renewedAt().toString());
        return json.writeValueAsString(body);
    }

    String passCancellation(PassCancelled cancellation) {
        ObjectNode body = json.createObjectNode();
        body.put("refundMinor", cancellation.refund().amountMinor());
        body.put("cancelledAt", cancellation.cancelledAt().toString());
        return json.writeValueAsString(body);
    }

    String initiative(InitiativeLaunched initiative, Map<UUID, String> participantIds) {
        ObjectNode body = json.createObjectNode();
        body.put("title", initiative.title());
        body.put("type", initiative.type().name());
        body.put("leaderId", idOf(participantIds, initiative.leaderId(), "participant"));
        body.put("launchedAt", initiative.launchedAt().toString());
        return json.writeValueAsString(body);
    }

    /** The event as first scheduled (a rescheduled one is moved afterwards, with {@link #reschedule}). */
    String event(EventScheduled event, Map<UUID, String> participantIds, Map<UUID, String> initiativeIds) {
        ObjectNode body = json.createObjectNode();
        body.put("title", event.title());
        body.put("format", event.format().name());
        body.put("startsAt", event.startsAt().toString());
        body.put("endsAt", event.endsAt().toString());
        body.put("capacity", event.capacity());
        ObjectNode organizer = body.putObject("organizer");
        organizer.put("kind", event.organizer().kind().name());
        if (event.organizer().participantId() != null) {
            organizer.put("participantId", idOf(participantIds, event.organizer().participantId(), "participant"));
        }
        body.put("priceMinor", event.priceMinor());
        body.put("currency", event.currency());
        if (event.initiativeId() != null) {
            body.put("initiativeId", idOf(initiativeIds, event.initiativeId(), "initiative"));
        }
        return json.writeValueAsString(body);
    }

    String reschedule(EventRescheduled moved) {
        ObjectNode body = json.createObjectNode();
        body.put("startsAt", moved.startsAt().toString());
        body.put("endsAt", moved.endsAt().toString());
        return json.writeValueAsString(body);
    }

    String registration(UUID participantId, Map<UUID, String> participantIds) {
        ObjectNode body = json.createObjectNode();
        body.put("participantId", idOf(participantIds, participantId, "participant"));
        return json.writeValueAsString(body);
    }

    String cancellation(String reason) {
        ObjectNode body = json.createObjectNode();
        body.put("reason", reason);
        return json.writeValueAsString(body);
    }

    /** The simulator's answers to the items this instrument version asks (mapped onto its scale when it is not 1..5). */
    String selfAssessment(SelfAssessment assessment, Instrument instrument) {
        ObjectNode body = json.createObjectNode();
        body.put("instrumentVersion", instrument.version());
        body.put("answeredAt", assessment.answeredAt().toString());
        ObjectNode answers = body.putObject("answers");
        double span = instrument.answerMax() - instrument.answerMin();
        for (InstrumentItem item : instrument.items()) {
            Integer answer = assessment.answers().get(item.id());
            if (answer != null) {
                answers.put(item.id(), (int) Math.round(instrument.answerMin() + (answer - 1) / 4.0 * span));
            }
        }
        return json.writeValueAsString(body);
    }

    String modelCheckup(CenterModelAssessed checkup) {
        ObjectNode body = json.createObjectNode();
        body.put("assessedAt", checkup.assessedAt().toString());
        body.put("organizationType", checkup.organizationType().name());
        body.put("assessorRole", checkup.assessorRole().name());
        ArrayNode positions = body.putArray("positions");
        checkup.positions().forEach(positions::add);
        return json.writeValueAsString(body);
    }

    /**
     * The check-ins of each center in batches, alternating NDJSON and JSON arrays so that both
     * ingestion formats are exercised; about one in {@value #REPEATED_SCAN_ONE_IN} is sent twice, 90 s
     * apart (a repeated scan the platform must count once).
     */
    List<CheckInBatch> checkInBatches(List<Envelope<AttendanceRecorded>> checkIns, Map<UUID, String> participantIds,
                                      Map<UUID, String> eventIds) {
        Map<String, List<AttendanceRecorded>> byCenter = new LinkedHashMap<>();
        checkIns.forEach(envelope -> byCenter.computeIfAbsent(envelope.data().centerId(), c -> new ArrayList<>()).add(envelope.data()));
        List<CheckInBatch> batches = new ArrayList<>();
        int sequence = 0;
        for (Map.Entry<String, List<AttendanceRecorded>> center : byCenter.entrySet()) {
            List<AttendanceRecorded> ofCenter = center.getValue();
            // equal batches of at most CHECK_INS_PER_BATCH, rather than full ones and a runt
            int count = (ofCenter.size() + CHECK_INS_PER_BATCH - 1) / CHECK_INS_PER_BATCH;
            int size = count == 0 ? 0 : (ofCenter.size() + count - 1) / count;
            for (int from = 0; from < ofCenter.size(); from += size) {
                List<AttendanceRecorded> slice = ofCenter.subList(from, Math.min(from + size, ofCenter.size()));
                List<ObjectNode> nodes = new ArrayList<>();
                for (AttendanceRecorded checkIn : slice) {
                    nodes.add(checkIn(checkIn, checkIn.checkedInAt(), participantIds, eventIds));
                    if (repeatedScan(checkIn)) {
                        nodes.add(checkIn(checkIn, checkIn.checkedInAt().plusSeconds(90), participantIds, eventIds));
                    }
                }
                BatchFormat format = sequence++ % 2 == 0 ? BatchFormat.NDJSON : BatchFormat.JSON_ARRAY;
                batches.add(new CheckInBatch(center.getKey(), format, nodes.size(), slice.size(), render(nodes, format)));
            }
        }
        return batches;
    }

    static boolean repeatedScan(AttendanceRecorded checkIn) {
        return Math.floorMod(checkIn.occurrenceId().getLeastSignificantBits(), REPEATED_SCAN_ONE_IN) == 0;
    }

    private String render(List<ObjectNode> nodes, BatchFormat format) {
        if (format == BatchFormat.NDJSON) {
            return nodes.stream().map(json::writeValueAsString).collect(Collectors.joining("\n", "", "\n"));
        }
        ArrayNode array = json.createArrayNode();
        nodes.forEach(array::add);
        return json.writeValueAsString(array);
    }

    private ObjectNode checkIn(AttendanceRecorded checkIn, java.time.Instant at, Map<UUID, String> participantIds,
                               Map<UUID, String> eventIds) {
        ObjectNode body = json.createObjectNode();
        body.put("eventId", idOf(eventIds, checkIn.eventId(), "event"));
        body.put("participantId", idOf(participantIds, checkIn.participantId(), "participant"));
        body.put("checkedInAt", at.toString());
        return body;
    }

    private static String idOf(Map<UUID, String> ids, UUID simulated, String what) {
        String id = ids.get(simulated);
        if (id == null) {
            throw new IllegalStateException("No id was assigned to " + what + " " + simulated + " (was it created?)");
        }
        return id;
    }
}
