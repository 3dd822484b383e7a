package org.neighborhoodcapital.contracts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
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
    /** Per record class: reads the data object and leaves the rest of the envelope to the caller. */
    private final Map<Class<?>, ObjectReader> dataReaders = new ConcurrentHashMap<>();

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
        Envelope<DomainEvent> streamed = decodeStreaming(bytes);
        if (streamed != null) {
            return streamed;
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

    /**
     * The common case in one pass over the bytes, without building a tree: a valid envelope whose
     * {@code type} comes before its {@code data} (as this codec writes them) is read field by field,
     * and its data straight into the record class. Anything else (data before type, a missing or odd
     * attribute, a data the record class refuses, malformed JSON) answers null, and the tree-based
     * path decodes the record or names what is wrong, exactly as it always did.
     */
    Envelope<DomainEvent> decodeStreaming(byte[] bytes) {
        String id = null;
        String source = null;
        String typeName = null;
        Instant time = null;
        String subject = null;
        String specversion = null;
        String contentType = null;
        DomainEvent data = null;
        try (JsonParser parser = mapper.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "data" -> {
                        EventType<?> type = typeName == null ? null : EventCatalog.byTypeName(typeName).orElse(null);
                        if (type == null || value != JsonToken.START_OBJECT) {
                            return null;
                        }
                        data = dataReaders.computeIfAbsent(type.recordClass(),
                                recordClass -> mapper.readerFor(recordClass).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS))
                                .readValue(parser);
                    }
                    case "time" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            return null;
                        }
                        time = Instant.parse(parser.getString());
                    }
                    case "id", "source", "type", "subject", "specversion", "datacontenttype" -> {
                        if (value == JsonToken.VALUE_NULL) {
                            continue;
                        }
                        if (value != JsonToken.VALUE_STRING) {
                            return null;
                        }
                        String text = parser.getString();
                        switch (name) {
                            case "id" -> id = text;
                            case "source" -> source = text;
                            case "type" -> typeName = text;
                            case "subject" -> subject = text;
                            case "specversion" -> specversion = text;
                            default -> contentType = text;
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return null;
            }
        } catch (RuntimeException e) { // JacksonException included: the tree path names the fault
            return null;
        }
        if (!Envelope.SPEC_VERSION.equals(specversion) || data == null || id == null || source == null || time == null) {
            return null;
        }
        try {
            return new Envelope<>(UUID.fromString(id), source, typeName, time, subject, specversion,
                    contentType != null ? contentType : Envelope.CONTENT_TYPE, data);
        } catch (RuntimeException e) {
            return null;
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
