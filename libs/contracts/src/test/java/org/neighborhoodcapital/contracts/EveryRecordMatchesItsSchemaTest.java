package org.neighborhoodcapital.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EveryRecordMatchesItsSchemaTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(com.networknt.schema.SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final EnvelopeCodec codec = new EnvelopeCodec();

    static Stream<DomainEvent> samples() {
        return SampleEvents.all().stream();
    }

    static Schema schemaOf(EventType<?> type) {
        try (InputStream in = EventCatalog.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema %s on the classpath", type.schemaResource()).isNotNull();
            return SCHEMAS.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyCatalogTypeHasASampleAndASchema() {
        Set<Class<?>> sampled = SampleEvents.all().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(EventCatalog.ALL.stream().map(EventType::recordClass).toList());
        EventCatalog.ALL.forEach(EveryRecordMatchesItsSchemaTest::schemaOf);
    }

    @Test
    void everyTypeNameCarriesItsVersionAndEveryTopicIsInTheCatalog() {
        for (EventType<?> type : EventCatalog.ALL) {
            assertThat(type.type()).matches("nc\\.(events|memberships|assessments|reporting)\\.[A-Z][A-Za-z]+\\.v[0-9]+");
            assertThat(type.version()).isPositive();
            assertThat(Topics.ALL).contains(type.topic());
            assertThat(type.topic()).startsWith(type.type().split("\\.")[1] + ".");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void recordSerializesToJsonValidAgainstItsSchemaAndReadsBackEqual(DomainEvent sample) {
        Envelope<DomainEvent> envelope = SampleEvents.envelopeOf(sample);
        byte[] json = codec.encode(envelope);
        JsonNode tree = EnvelopeCodec.mapper().readTree(json);

        List<Error> errors = schemaOf(EventCatalog.typeOf(sample.getClass())).validate(tree);

        assertThat(errors).as(new String(json)).isEmpty();
        assertThat(codec.decode(json)).isEqualTo(envelope);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aRecordMissingARequiredFieldIsInvalidForTheSchemaAndTheCodec(DomainEvent sample) {
        Envelope<DomainEvent> envelope = SampleEvents.envelopeOf(sample);
        ObjectNode tree = (ObjectNode) EnvelopeCodec.mapper().readTree(codec.encode(envelope));
        EventType<?> type = EventCatalog.typeOf(sample.getClass());
        String required = schemaOf(type).getSchemaNode().get("properties").get("data").get("required").get(0).asString();
        ((ObjectNode) tree.get("data")).remove(required);

        assertThat(schemaOf(type).validate(tree)).isNotEmpty();
        assertThatThrownBy(() -> codec.decode(EnvelopeCodec.mapper().writeValueAsBytes(tree)))
                .isInstanceOf(InvalidEnvelopeException.class)
                .hasMessageContaining(type.type());
    }

    @Test
    void unknownTypeAndBrokenJsonAreRejectedWithAReason() {
        assertThatThrownBy(() -> codec.decode("{not json".getBytes()))
                .isInstanceOf(InvalidEnvelopeException.class).hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> codec.decode("""
                {"specversion":"1.0","id":"6f1c7a52-3d7e-4d8a-9a43-2b7f4f0e9a01","source":"x","type":"nc.events.Nope.v1",
                 "time":"2026-01-01T00:00:00Z","data":{}}""".getBytes()))
                .isInstanceOf(InvalidEnvelopeException.class).hasMessage("unknown type nc.events.Nope.v1");
    }

    @Test
    void unknownFieldsAddedByANewerProducerAreIgnored() {
        Envelope<DomainEvent> envelope = SampleEvents.envelopeOf(SampleEvents.all().get(5));
        ObjectNode tree = (ObjectNode) EnvelopeCodec.mapper().readTree(codec.encode(envelope));
        ((ObjectNode) tree.get("data")).put("deviceId", "kiosk-7");
        tree.put("traceparent", "00-abc-def-01");

        assertThat(codec.decode(EnvelopeCodec.mapper().writeValueAsBytes(tree))).isEqualTo(envelope);
    }
}
