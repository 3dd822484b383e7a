package org.neighborhoodcapital.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request bodies of the memberships and events APIs for a {@link DemoNetwork}. Participant,
 * plan, event and initiative ids are assigned by the services, so the bodies that refer to them
 * take the key-to-id maps built while seeding.
 */
final class DemoRequests {

    /** The events API accepts at most 10,000 check-ins per request; smaller batches show progress. */
    static final int CHECK_INS_PER_BATCH = 500;

    enum BatchFormat {
        JSON_ARRAY("application/json"),
        NDJSON("application/x-ndjson");

        final String contentType;

        BatchFormat(String contentType) {
            this.contentType = contentType;
        }
    }

    record CheckInBatch(String centerId, BatchFormat format, int size, String body) {
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
    }

    private final JsonMapper json;

    DemoRequests(JsonMapper json) {
        this.json = json;
    }

    String center(DemoNetwork.Center center) {
        ObjectNode body = json.createObjectNode();
        body.put("id", center.id());
        body.put("name", center.name());
        body.put("city", center.city());
        body.put("timezone", center.timezone());
        ObjectNode budget = body.putObject("operatingBudget");
        budget.put("amountMinor", center.budgetMinor());
        budget.put("currency", DemoNetwork.CURRENCY);
        return json.writeValueAsString(body);
    }

    String participant(DemoNetwork.Participant participant) {
        ObjectNode body = json.createObjectNode();
        body.put("homeCenterId", participant.homeCenterId());
        body.put("displayName", participant.displayName());
        body.put("email", participant.email());
        body.put("researchConsent", participant.researchConsent());
        body.put("joinedAt", participant.joinedAt().toString());
        return json.writeValueAsString(body);
    }

    String passPlan(DemoNetwork.PassPlan plan) {
        ObjectNode body = json.createObjectNode();
        body.put("name", plan.name());
        body.put("tier", plan.tier());
        body.put("priceMinor", plan.priceMinor());
        body.put("currency", DemoNetwork.CURRENCY);
        body.put("durationDays", plan.durationDays());
        body.put("scope", plan.scope());
        return json.writeValueAsString(body);
    }

    String passPurchase(DemoNetwork.Pass pass, Map<String, String> planIds) {
        ObjectNode body = json.createObjectNode();
        body.put("planId", idOf(planIds, pass.planKey()));
        body.put("purchasedAt", pass.purchasedAt().toString());
        return json.writeValueAsString(body);
    }

    String passRenewal(DemoNetwork.Pass pass) {
        ObjectNode body = json.createObjectNode();
        body.put("renewedAt", pass.renewedAt().toString());
        return json.writeValueAsString(body);
    }

    String passCancellation(DemoNetwork.Pass pass) {
        ObjectNode body = json.createObjectNode();
        body.put("refundMinor", pass.refundMinor());
        body.put("cancelledAt", pass.cancelledAt().toString());
        return json.writeValueAsString(body);
    }

    String initiative(DemoNetwork.Initiative initiative, Map<String, String> participantIds) {
        ObjectNode body = json.createObjectNode();
        body.put("title", initiative.title());
        body.put("type", initiative.type());
        body.put("leaderId", idOf(participantIds, initiative.leaderKey()));
        body.put("launchedAt", initiative.launchedAt().toString());
        return json.writeValueAsString(body);
    }

    String event(DemoNetwork.Event event, Map<String, String> participantIds, Map<String, String> initiativeIds) {
        ObjectNode body = json.createObjectNode();
        body.put("title", event.title());
        body.put("format", event.format());
        body.put("startsAt", event.startsAt().toString());
        body.put("endsAt", event.endsAt().toString());
        body.put("capacity", event.capacity());
        ObjectNode organizer = body.putObject("organizer");
        organizer.put("kind", event.organizerKind());
        if (event.organizerKey() != null) {
            organizer.put("participantId", idOf(participantIds, event.organizerKey()));
        }
        body.put("priceMinor", event.priceMinor());
        body.put("currency", DemoNetwork.CURRENCY);
        if (event.initiativeKey() != null) {
            body.put("initiativeId", idOf(initiativeIds, event.initiativeKey()));
        }
        return json.writeValueAsString(body);
    }

    String cancellation(String reason) {
        ObjectNode body = json.createObjectNode();
        body.put("reason", reason);
        return json.writeValueAsString(body);
    }

    /**
     * A self-assessment answering every item of the instrument: around the assessment's level (on
     * the v1 scale 1..5, mapped onto the version's scale), each answer with noise of its own, a
     * reverse-keyed item answered from the other end. The same assessment always gives the same answers.
     */
    String selfAssessment(DemoNetwork.SelfAssessment assessment, Instrument instrument) {
        java.util.Random random = new java.util.Random(assessment.answerSeed());
        double span = instrument.answerMax() - instrument.answerMin();
        double level = instrument.answerMin() + (assessment.level() - 1) / 4 * span;
        ObjectNode body = json.createObjectNode();
        body.put("instrumentVersion", instrument.version());
        body.put("answeredAt", assessment.answeredAt().toString());
        ObjectNode answers = body.putObject("answers");
        for (InstrumentItem item : instrument.items()) {
            long agreement = Math.round(level + 0.7 * span / 4 * random.nextGaussian());
            int answer = (int) Math.max(instrument.answerMin(), Math.min(instrument.answerMax(), agreement));
            answers.put(item.id(), item.reverse() ? instrument.answerMin() + instrument.answerMax() - answer : answer);
        }
        return json.writeValueAsString(body);
    }

    String modelCheckup(DemoNetwork.ModelCheckup checkup) {
        ObjectNode body = json.createObjectNode();
        body.put("assessedAt", checkup.assessedAt().toString());
        body.put("organizationType", checkup.organizationType());
        body.put("assessorRole", checkup.assessorRole());
        ArrayNode positions = body.putArray("positions");
        checkup.positions().forEach(positions::add);
        return json.writeValueAsString(body);
    }

    /**
     * The check-ins of each center in batches, alternating JSON arrays and NDJSON so that both
     * ingestion formats are exercised.
     */
    List<CheckInBatch> checkInBatches(DemoNetwork network, Map<String, String> participantIds, Map<String, String> eventIds) {
        List<CheckInBatch> batches = new ArrayList<>();
        int sequence = 0;
        for (DemoNetwork.Center center : network.centers()) {
            List<DemoNetwork.CheckIn> ofCenter = network.checkIns().stream()
                    .filter(checkIn -> checkIn.centerId().equals(center.id()))
                    .toList();
            // equal batches of at most CHECK_INS_PER_BATCH, rather than full ones and a runt
            int count = (ofCenter.size() + CHECK_INS_PER_BATCH - 1) / CHECK_INS_PER_BATCH;
            int size = count == 0 ? 0 : (ofCenter.size() + count - 1) / count;
            for (int from = 0; from < ofCenter.size(); from += size) {
                List<DemoNetwork.CheckIn> slice = ofCenter.subList(from, Math.min(from + size, ofCenter.size()));
                BatchFormat format = sequence++ % 2 == 0 ? BatchFormat.NDJSON : BatchFormat.JSON_ARRAY;
                batches.add(new CheckInBatch(center.id(), format, slice.size(), checkIns(slice, participantIds, eventIds, format)));
            }
        }
        return batches;
    }

    private String checkIns(List<DemoNetwork.CheckIn> checkIns, Map<String, String> participantIds, Map<String, String> eventIds,
                            BatchFormat format) {
        List<ObjectNode> nodes = checkIns.stream().map(checkIn -> checkIn(checkIn, participantIds, eventIds)).toList();
        if (format == BatchFormat.NDJSON) {
            return nodes.stream().map(json::writeValueAsString).collect(Collectors.joining("\n", "", "\n"));
        }
        ArrayNode array = json.createArrayNode();
        nodes.forEach(array::add);
        return json.writeValueAsString(array);
    }

    private ObjectNode checkIn(DemoNetwork.CheckIn checkIn, Map<String, String> participantIds, Map<String, String> eventIds) {
        ObjectNode body = json.createObjectNode();
        body.put("eventId", idOf(eventIds, checkIn.eventKey()));
        body.put("participantId", idOf(participantIds, checkIn.participantKey()));
        body.put("checkedInAt", checkIn.checkedInAt().toString());
        return body;
    }

    private static String idOf(Map<String, String> ids, String key) {
        String id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("No id was assigned to " + key + " (was it created?)");
        }
        return id;
    }
}
