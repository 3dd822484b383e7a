package org.neighborhoodcapital.events.checkin.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.neighborhoodcapital.events.checkin.domain.CheckIn;
import org.neighborhoodcapital.events.checkin.domain.NumberedCheckIn;
import org.neighborhoodcapital.platform.domain.Violation;
import org.neighborhoodcapital.events.common.web.Millis;
import org.neighborhoodcapital.platform.web.DomainProblems;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a batch of check-ins, as a JSON array (or a single object) or as NDJSON, streaming: it stops
 * at the first item beyond the limit. Every item is checked ({@code eventId} and
 * {@code participantId} UUIDs, optional ISO-8601 {@code checkedInAt} defaulting to {@code now});
 * problems are collected by 1-based line (NDJSON) or element (array) number, field {@code body} for an
 * item that is not a JSON object at all.
 */
final class CheckInBodyReader {

    /** The field named for an item that is broken as a whole, or for the batch itself (as the platform names an unreadable body). */
    static final String WHOLE_ITEM = "body";

    private static final Pattern UUID_FORMAT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    /**
     * What was read.
     *
     * @param items     the well-formed items, by line
     * @param problems  what is wrong, by line (empty when all is well)
     * @param read      how many items were read (all of them, unless reading stopped early)
     * @param overLimit whether the body holds more items than allowed (reading stopped there)
     */
    record Result(List<NumberedCheckIn> items, List<Violation> problems, int read, boolean overLimit) {
    }

    private final JsonMapper mapper;
    /** Reads one value where the parser stands, leaving the rest of the stream (the next elements) alone. */
    private final ObjectReader elementReader;
    private final int maxItems;

    CheckInBodyReader(JsonMapper mapper, int maxItems) {
        this.mapper = mapper;
        this.elementReader = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.maxItems = maxItems;
    }

    Result readNdjson(InputStream body, Instant now) {
        Collector collector = new Collector(now);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16)) {
            int lineNumber = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (!collector.countItem(lineNumber)) {
                    break;
                }
                if (collector.tooManyProblems()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = mapper.readTree(line);
                } catch (JacksonException e) {
                    collector.problem(lineNumber, WHOLE_ITEM, "not valid JSON: " + e.getOriginalMessage());
                    continue;
                }
                collector.item(lineNumber, node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return collector.result();
    }

    Result readJson(InputStream body, Instant now) {
        Collector collector = new Collector(now);
        int element = 0;
        int at = 1; // the element being read, for a syntax error
        try (JsonParser parser = mapper.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                collector.countItem(1);
                collector.item(1, elementReader.readValue(parser));
                expectEnd(parser, collector, 1);
                return collector.result();
            }
            if (first != JsonToken.START_ARRAY) {
                collector.problem(1, WHOLE_ITEM, "the body must be a JSON array of check-ins (or NDJSON with Content-Type application/x-ndjson)");
                return collector.result();
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    collector.problem(at, WHOLE_ITEM, "the array is not closed");
                    return collector.result();
                }
                element++;
                if (!collector.countItem(element)) {
                    return collector.result();
                }
                if (token == JsonToken.START_OBJECT) {
                    collector.item(element, elementReader.readValue(parser));
                } else {
                    parser.skipChildren();
                    collector.problem(element, WHOLE_ITEM, "must be a JSON object {eventId, participantId, checkedInAt?}");
                }
                at = element + 1;
            }
            expectEnd(parser, collector, element);
        } catch (JacksonException e) {
            collector.problem(at, WHOLE_ITEM, "not valid JSON: " + e.getOriginalMessage());
        }
        return collector.result();
    }

    private static void expectEnd(JsonParser parser, Collector collector, int element) {
        if (parser.nextToken() != null) {
            collector.problem(Math.max(element, 1), WHOLE_ITEM, "unexpected content after the end of the JSON value");
        }
    }

    /** Gathers items and problems while reading. */
    private final class Collector {

        private final Instant now;
        private final List<NumberedCheckIn> items = new ArrayList<>();
        private final List<Violation> problems = new ArrayList<>();
        private int read;
        private boolean overLimit;

        Collector(Instant now) {
            this.now = now;
        }

        /** Counts one more item; false (and a problem) when it is one too many. */
        boolean countItem(int line) {
            read++;
            if (read > maxItems) {
                overLimit = true;
                problems.clear();
                problems.add(Violation.atLine(line, WHOLE_ITEM, "at most " + maxItems + " check-ins per request"));
                return false;
            }
            return true;
        }

        /** Past this many problems, items are only counted: the refusal lists no more than that anyway. */
        boolean tooManyProblems() {
            return problems.size() > DomainProblems.MAX_LISTED;
        }

        void problem(int line, String field, String message) {
            problems.add(Violation.atLine(line, field, message));
        }

        void item(int line, JsonNode node) {
            if (node == null || !node.isObject()) {
                problem(line, WHOLE_ITEM, "must be a JSON object {eventId, participantId, checkedInAt?}");
                return;
            }
            int before = problems.size();
            UUID eventId = uuid(line, node, "eventId");
            UUID participantId = uuid(line, node, "participantId");
            Instant checkedInAt = instant(line, node, "checkedInAt");
            if (problems.size() == before) {
                items.add(new NumberedCheckIn(line, new CheckIn(eventId, participantId, checkedInAt == null ? now : checkedInAt)));
            }
        }

        private UUID uuid(int line, JsonNode node, String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                problem(line, field, "is required");
                return null;
            }
            if (!value.isString() || !UUID_FORMAT.matcher(value.asString()).matches()) {
                problem(line, field, "must be a UUID");
                return null;
            }
            return UUID.fromString(value.asString());
        }

        private Instant instant(int line, JsonNode node, String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isString()) {
                try {
                    return Millis.of(OffsetDateTime.parse(value.asString()).toInstant());
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            problem(line, field, "must be an ISO-8601 date-time with offset, such as 2025-03-01T18:05:00Z");
            return null;
        }

        Result result() {
            return new Result(List.copyOf(items), List.copyOf(problems), read, overLimit);
        }
    }
}
