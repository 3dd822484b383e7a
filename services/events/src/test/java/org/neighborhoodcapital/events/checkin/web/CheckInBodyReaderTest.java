package org.neighborhoodcapital.events.checkin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.events.checkin.domain.NumberedCheckIn;
import org.neighborhoodcapital.platform.domain.Violation;

import tools.jackson.databind.json.JsonMapper;

class CheckInBodyReaderTest {

    private static final Instant NOW = Instant.parse("2025-03-01T18:30:00Z");
    private static final String EVENT = "0b9d0c1e-5a1b-4c57-9a43-0e2f6c1d2a10";
    private static final String ANN = "5f0c1d2e-3b4a-4c5d-8e9f-a0b1c2d3e4f5";
    private static final String BOB = "6a1b2c3d-4e5f-4a6b-9c7d-e8f9a0b1c2d3";

    private final CheckInBodyReader reader = new CheckInBodyReader(JsonMapper.builder().build(), 3);

    private static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String item(String eventId, String participantId) {
        return "{\"eventId\":\"" + eventId + "\",\"participantId\":\"" + participantId + "\"}";
    }

    @Test
    void ndjsonItemsAreNumberedByLineSkippingBlankLinesAndDefaultToNow() {
        String text = item(EVENT, ANN) + "\n\n" + "{\"eventId\":\"" + EVENT + "\",\"participantId\":\"" + BOB
                + "\",\"checkedInAt\":\"2025-03-01T19:05:00+01:00\"}\n";

        CheckInBodyReader.Result result = reader.readNdjson(body(text), NOW);

        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).extracting(NumberedCheckIn::line).containsExactly(1, 3);
        assertThat(result.items().get(0).checkIn().checkedInAt()).isEqualTo(NOW);
        assertThat(result.items().get(1).checkIn().checkedInAt()).isEqualTo(Instant.parse("2025-03-01T18:05:00Z"));
        assertThat(result.items().get(1).checkIn().participantId()).isEqualTo(UUID.fromString(BOB));
    }

    @Test
    void aBrokenNdjsonLineIsNamedByItsLine() {
        String text = item(EVENT, ANN) + "\n{\"eventId\": oops\n" + item(EVENT, BOB) + "\n";

        CheckInBodyReader.Result result = reader.readNdjson(body(text), NOW);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("body");
            assertThat(p.message()).startsWith("not valid JSON");
        });
        assertThat(result.read()).isEqualTo(3);
    }

    @Test
    void malformedFieldsAreNamedWithTheirLine() {
        String text = item("not-a-uuid", ANN) + "\n" + "{\"eventId\":\"" + EVENT + "\"}\n"
                + "{\"eventId\":\"" + EVENT + "\",\"participantId\":\"" + ANN + "\",\"checkedInAt\":\"yesterday\"}\n";

        CheckInBodyReader.Result result = reader.readNdjson(body(text), NOW);

        assertThat(result.problems()).containsExactly(
                Violation.atLine(1, "eventId", "must be a UUID"),
                Violation.atLine(2, "participantId", "is required"),
                Violation.atLine(3, "checkedInAt", "must be an ISO-8601 date-time with offset, such as 2025-03-01T18:05:00Z"));
        assertThat(result.items()).isEmpty();
    }

    @Test
    void aUuidWithoutItsFullFormIsRefused() {
        CheckInBodyReader.Result result = reader.readNdjson(body(item("1-1-1-1-1", ANN)), NOW);

        assertThat(result.problems()).extracting(Violation::field).containsExactly("eventId");
    }

    @Test
    void oneItemOverTheLimitStopsReadingAndNamesTheLimit() {
        String text = (item(EVENT, ANN) + "\n").repeat(4) + "this line is never read\n";

        CheckInBodyReader.Result result = reader.readNdjson(body(text), NOW);

        assertThat(result.overLimit()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("at most 3");
        });
    }

    @Test
    void aJsonArrayIsNumberedByElement() {
        String text = "[" + item(EVENT, ANN) + ", 42, " + item(EVENT, "nope") + "]";

        CheckInBodyReader.Result result = reader.readJson(body(text), NOW);

        assertThat(result.items()).extracting(NumberedCheckIn::line).containsExactly(1);
        assertThat(result.problems()).extracting(Violation::line, Violation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "body"), org.assertj.core.groups.Tuple.tuple(3, "participantId"));
    }

    @Test
    void aSingleObjectIsABatchOfOne() {
        CheckInBodyReader.Result result = reader.readJson(body(item(EVENT, ANN)), NOW);

        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).singleElement().satisfies(i -> assertThat(i.line()).isEqualTo(1));
    }

    @Test
    void aJsonArrayOverTheLimitIsRefusedAtTheFirstElementTooMany() {
        String text = "[" + String.join(",", java.util.Collections.nCopies(5, item(EVENT, ANN))) + "]";

        CheckInBodyReader.Result result = reader.readJson(body(text), NOW);

        assertThat(result.overLimit()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(4));
    }

    @Test
    void brokenJsonInAnArrayIsReportedAtTheElementItBreaks() {
        CheckInBodyReader.Result result = reader.readJson(body("[" + item(EVENT, ANN) + ", {\"eventId\": ]"), NOW);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("body");
        });
    }

    @Test
    void anUnclosedArrayIsRefused() {
        CheckInBodyReader.Result result = reader.readJson(body("[" + item(EVENT, ANN)), NOW);

        assertThat(result.problems()).isNotEmpty();
    }

    @Test
    void anEmptyArrayIsAnEmptyBatch() {
        CheckInBodyReader.Result result = reader.readJson(body("[]"), NOW);

        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).isEmpty();
    }
}
