package org.neighborhoodcapital.contracts;

/**
 * One published record type: its CloudEvents type name (which carries the version), the topic it
 * travels on, its Java record and its JSON Schema on the classpath.
 */
public record EventType<T extends DomainEvent>(String type, String topic, Class<T> recordClass) {

    /** Classpath location of the JSON Schema of this type and version, e.g. {@code schemas/nc.events.AttendanceRecorded.v1.json}. */
    public String schemaResource() {
        return "schemas/" + type + ".json";
    }

    public int version() {
        return Integer.parseInt(type.substring(type.lastIndexOf(".v") + 2));
    }
}
