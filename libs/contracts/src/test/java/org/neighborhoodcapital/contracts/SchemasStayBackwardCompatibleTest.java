package org.neighborhoodcapital.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * Each published schema version is frozen under {@code src/test/resources/schema-baseline/} and each
 * published sample under {@code golden/}. A change to a published type must keep (1) every field and
 * its type, (2) every enum value, (3) the required set without new members, and (4) the golden
 * records must still validate and decode. Anything else is a new version: a new type name.
 */
class SchemasStayBackwardCompatibleTest {

    private final EnvelopeCodec codec = new EnvelopeCodec();

    static Stream<EventType<?>> types() {
        return EventCatalog.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void currentSchemaIsACompatibleEvolutionOfThePublishedOne(EventType<?> type) {
        JsonNode baseline = read("schema-baseline/" + type.type() + ".json");
        JsonNode current = read(type.schemaResource());
        List<String> breaks = new ArrayList<>();
        compare("$", baseline, current, breaks);
        assertThat(breaks).as("breaking changes to %s: make a new version instead", type.type()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void recordsPublishedWithTheFirstVersionStillValidateAndDecode(EventType<?> type) {
        JsonNode golden = read("golden/" + type.type() + ".json");
        assertThat(EveryRecordMatchesItsSchemaTest.schemaOf(type).validate(golden)).isEmpty();
        Envelope<DomainEvent> decoded = codec.decode(golden);
        assertThat(decoded.data()).isInstanceOf(type.recordClass());
        assertThat(decoded.type()).isEqualTo(type.type());
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<String> breaks) {
        if (before.has("type") && !before.get("type").equals(after.get("type"))) {
            breaks.add(path + ": type changed from " + before.get("type") + " to " + after.get("type"));
        }
        if (before.has("enum")) {
            Set<String> kept = new HashSet<>();
            after.path("enum").forEach(v -> kept.add(v.asString()));
            before.get("enum").forEach(v -> {
                if (!kept.contains(v.asString())) {
                    breaks.add(path + ": enum value " + v.asString() + " removed");
                }
            });
        }
        if (before.has("const") && !before.get("const").equals(after.get("const"))) {
            breaks.add(path + ": const changed");
        }
        Set<String> requiredBefore = new HashSet<>();
        before.path("required").forEach(r -> requiredBefore.add(r.asString()));
        after.path("required").forEach(r -> {
            if (!requiredBefore.contains(r.asString())) {
                breaks.add(path + ": new required field " + r.asString());
            }
        });
        for (Map.Entry<String, JsonNode> property : before.path("properties").properties()) {
            JsonNode now = after.path("properties").get(property.getKey());
            if (now == null) {
                breaks.add(path + "." + property.getKey() + ": removed");
            } else {
                compare(path + "." + property.getKey(), property.getValue(), now, breaks);
            }
        }
        if (before.has("items") && after.has("items")) {
            compare(path + "[]", before.get("items"), after.get("items"), breaks);
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = SchemasStayBackwardCompatibleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return EnvelopeCodec.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
