package org.neighborhoodcapital.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request bodies of the events API for a {@link DemoNetwork}. Event and initiative ids are
 * assigned by the service, so the bodies that refer to them take the key-to-id maps built while
 * seeding.
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

    private final JsonMapper json;

    DemoRequests(JsonMapper json) {
        this.json = json;
    }

    String initiative(DemoNetwork.Initiative initiative) {
        ObjectNode body = json.createObjectNode();
        body.put("title", initiative.title());
        body.put("type", initiative.type());
        body.put("leaderId", initiative.leaderId().toString());
        body.put("launchedAt", initiative.launchedAt().toString());
        return json.writeValueAsString(body);
    }

    String event(DemoNetwork.Event event, Map<String, String> initiativeIds) {
        ObjectNode body = json.createObjectNode();
        body.put("title", event.title());
        body.put("format", event.format());
        body.put("startsAt", event.startsAt().toString());
        body.put("endsAt", event.endsAt().toString());
        body.put("capacity", event.capacity());
        ObjectNode organizer = body.putObject("organizer");
        organizer.put("kind", event.organizerKind());
        if (event.organizerId() != null) {
            organizer.put("participantId", event.organizerId().toString());
        }
        body.put("priceMinor", event.priceMinor());
        body.put("currency", "EUR");
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
     * The check-ins of each center in batches, alternating JSON arrays and NDJSON so that both
     * ingestion formats are exercised.
     */
    List<CheckInBatch> checkInBatches(DemoNetwork network, Map<String, String> eventIds) {
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
                batches.add(new CheckInBatch(center.id(), format, slice.size(), checkIns(slice, eventIds, format)));
            }
        }
        return batches;
    }

    private String checkIns(List<DemoNetwork.CheckIn> checkIns, Map<String, String> eventIds, BatchFormat format) {
        List<ObjectNode> nodes = checkIns.stream().map(checkIn -> checkIn(checkIn, eventIds)).toList();
        if (format == BatchFormat.NDJSON) {
            return nodes.stream().map(json::writeValueAsString).collect(Collectors.joining("\n", "", "\n"));
        }
        ArrayNode array = json.createArrayNode();
        nodes.forEach(array::add);
        return json.writeValueAsString(array);
    }

    private ObjectNode checkIn(DemoNetwork.CheckIn checkIn, Map<String, String> eventIds) {
        ObjectNode body = json.createObjectNode();
        body.put("eventId", idOf(eventIds, checkIn.eventKey()));
        body.put("participantId", checkIn.participantId().toString());
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
