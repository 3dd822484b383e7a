package org.neighborhoodcapital.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decoding from bytes (one streaming pass in the common case) gives exactly what decoding the JSON
 * tree gives: the same envelope for every record type and attribute order, the same reason for every
 * kind of bad input.
 */
class EnvelopeCodecTest {

    private final EnvelopeCodec codec = new EnvelopeCodec();

    static List<DomainEvent> samples() {
        return SampleEvents.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyRecordTypeDecodesToTheEnvelopeThatWasEncoded(DomainEvent event) {
        Envelope<DomainEvent> envelope = SampleEvents.envelopeOf(event);
        byte[] bytes = codec.encode(envelope);

        assertThat(codec.decode(bytes)).isEqualTo(envelope).isEqualTo(codec.decode(tree(bytes)));
        assertThat(codec.decodeStreaming(bytes)).as("read in one pass, without a tree").isEqualTo(envelope);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void dataBeforeItsTypeAndUnknownAttributesDecodeAllTheSame(DomainEvent event) {
        Envelope<DomainEvent> envelope = SampleEvents.envelopeOf(event);
        JsonNode encoded = tree(codec.encode(envelope));
        ObjectNode reordered = EnvelopeCodec.mapper().createObjectNode();
        reordered.set("data", encoded.get("data"));
        reordered.put("partitionkey", "extension attribute");
        reordered.set("nested", EnvelopeCodec.mapper().createObjectNode().put("ignored", true));
        encoded.properties().forEach(e -> {
            if (!e.getKey().equals("data")) {
                reordered.set(e.getKey(), e.getValue());
            }
        });

        assertThat(codec.decode(bytes(reordered))).isEqualTo(envelope);
        assertThat(codec.decodeStreaming(bytes(reordered))).as("data before type: left to the tree").isNull();
    }

    @Test
    void badInputIsRefusedWithTheSameReasonAsFromTheTree() {
        byte[] good = codec.encode(SampleEvents.envelopeOf(SampleEvents.all().getFirst()));
        List<byte[]> bad = new ArrayList<>();
        for (String attribute : List.of("id", "source", "type", "time", "specversion", "data")) {
            ObjectNode without = (ObjectNode) tree(good);
            without.remove(attribute);
            bad.add(bytes(without));
        }
        for (Map.Entry<String, Object> wrong : Map.<String, Object>of("specversion", "0.3", "type", "no.such.type", "time", "yesterday",
                "id", "not-a-uuid", "data", "a string").entrySet()) {
            ObjectNode changed = (ObjectNode) tree(good);
            changed.put(wrong.getKey(), (String) wrong.getValue());
            bad.add(bytes(changed));
        }
        ObjectNode refusedData = (ObjectNode) tree(good);
        ((ObjectNode) refusedData.get("data")).remove("eventId");
        bad.add(bytes(refusedData));

        for (byte[] bytes : bad) {
            InvalidEnvelopeException fromTree = catchThrowableOfType(InvalidEnvelopeException.class, () -> codec.decode(tree(bytes)));
            assertThat(fromTree).as(new String(bytes, StandardCharsets.UTF_8)).isNotNull();
            assertThatThrownBy(() -> codec.decode(bytes)).isInstanceOf(InvalidEnvelopeException.class).hasMessage(fromTree.getMessage());
        }
        assertThatThrownBy(() -> codec.decode("{\"specversion\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEnvelopeException.class).hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> codec.decode("[1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEnvelopeException.class).hasMessage("not a JSON object");
    }

    private static JsonNode tree(byte[] bytes) {
        return EnvelopeCodec.mapper().readTree(bytes);
    }

    private static byte[] bytes(JsonNode node) {
        return EnvelopeCodec.mapper().writeValueAsBytes(node);
    }
}
