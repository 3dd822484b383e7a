package org.neighborhoodcapital.contracts;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes envelopes as CloudEvents structured-mode JSON. The {@code type} attribute picks
 * the record class from {@link EventCatalog}; unknown attributes and fields are ignored, so that a
 * backward-compatible addition by a producer breaks no consumer.
 */
public final class EnvelopeCodec {

    private static final JsonMapper DEFAULT_MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private final JsonMapper mapper;

    public EnvelopeCodec() {
        this(DEFAULT_MAPPER);
    }

    public EnvelopeCodec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** The mapper used for envelopes; fit for any contract record. */
    public static JsonMapper mapper() {
        return DEFAULT_MAPPER;
    }

    public byte[] encode(Envelope<?> envelope) {
        return mapper.writeValueAsBytes(envelope);
    }

    public String encodeToString(Envelope<?> envelope) {
        return mapper.writeValueAsString(envelope);
    }

    /**
     * @throws InvalidEnvelopeException with a reason fit for a dead-letter header when the bytes are
     *         not JSON, not a CloudEvents 1.0 envelope, of an unknown type, or miss a required field
     */
    public Envelope<DomainEvent> decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidEnvelopeException("empty record value");
        }
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidEnvelopeException("not JSON: " + e.getOriginalMessage(), e);
        }
        return decode(node);
    }

    public Envelope<DomainEvent> decode(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidEnvelopeException("not a JSON object");
        }
        String specversion = text(node, "specversion");
        if (!Envelope.SPEC_VERSION.equals(specversion)) {
            throw new InvalidEnvelopeException("specversion must be " + Envelope.SPEC_VERSION + " but was " + specversion);
        }
        String typeName = text(node, "type");
        EventType<?> type = EventCatalog.byTypeName(typeName)
                .orElseThrow(() -> new InvalidEnvelopeException("unknown type " + typeName));
        JsonNode data = node.get("data");
        if (data == null || !data.isObject()) {
            throw new InvalidEnvelopeException("data is missing");
        }
        try {
            DomainEvent record = mapper.treeToValue(data, type.recordClass());
            return new Envelope<>(
                    UUID.fromString(text(node, "id")),
                    text(node, "source"),
                    typeName,
                    mapper.treeToValue(node.get("time"), java.time.Instant.class),
                    node.hasNonNull("subject") ? node.get("subject").asString() : null,
                    specversion,
                    node.hasNonNull("datacontenttype") ? node.get("datacontenttype").asString() : Envelope.CONTENT_TYPE,
                    record);
        } catch (JacksonException e) {
            throw new InvalidEnvelopeException(typeName + ": " + rootMessage(e), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidEnvelopeException(typeName + ": " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? ((JacksonException) e).getOriginalMessage() : cause.getMessage();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidEnvelopeException(field + " is missing");
        }
        return value.asString();
    }
}
