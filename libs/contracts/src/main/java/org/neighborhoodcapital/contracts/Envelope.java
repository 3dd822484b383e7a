package org.neighborhoodcapital.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * CloudEvents 1.0 envelope (structured JSON mode) around every published record.
 *
 * @param id              unique id of this occurrence; producers derive it deterministically where a
 *                        fact can be re-announced, so that consumers dedupe by it
 * @param source          the producing service, e.g. {@code /neighborhood-capital/events}
 * @param type            versioned type name from {@link EventCatalog}, never a Java class name
 * @param time            when the fact happened in the world (not when it was sent)
 * @param subject         what the fact is about (an event id, a participant id, …)
 * @param specversion     always {@value #SPEC_VERSION}
 * @param datacontenttype always {@value #CONTENT_TYPE}
 * @param data            the record
 */
public record Envelope<T extends DomainEvent>(
        UUID id,
        String source,
        String type,
        Instant time,
        String subject,
        String specversion,
        String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public Envelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (!SPEC_VERSION.equals(specversion)) {
            throw new IllegalArgumentException("specversion must be " + SPEC_VERSION + " but was " + specversion);
        }
        if (datacontenttype == null) {
            datacontenttype = CONTENT_TYPE;
        }
    }

    /** Wraps a record with its catalog type name and a random id. */
    public static <T extends DomainEvent> Envelope<T> of(String source, Instant time, String subject, T data) {
        return withId(UUID.randomUUID(), source, time, subject, data);
    }

    /** Wraps a record with a caller-chosen (usually name-based, deterministic) id. */
    public static <T extends DomainEvent> Envelope<T> withId(UUID id, String source, Instant time, String subject, T data) {
        return new Envelope<>(id, source, EventCatalog.typeOf(dataClass(data)).type(), time, subject,
                SPEC_VERSION, CONTENT_TYPE, data);
    }

    /** The Kafka record key: the id the topic is partitioned by. */
    public String key() {
        return data.partitionKey();
    }

    /** The topic this record is published to. */
    public String topic() {
        return EventCatalog.typeOf(dataClass(data)).topic();
    }

    @SuppressWarnings("unchecked")
    private static Class<DomainEvent> dataClass(DomainEvent data) {
        return (Class<DomainEvent>) data.getClass();
    }

    /** A name-based (type 3) UUID, for ids that must be the same each time a fact is announced. */
    public static UUID deterministicId(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
