package org.neighborhoodcapital.platform.kafka;

/** Kafka record headers the platform writes or reads. */
public final class PlatformHeaders {

    /** On a dead letter: why the record could not be processed (UTF-8 text). */
    public static final String DLT_REASON = "nc-dlt-reason";

    /** On published records: the CloudEvents type, so tools can filter without parsing the value. */
    public static final String CE_TYPE = "ce_type";

    /** On published records: structured-mode CloudEvents content type. */
    public static final String CONTENT_TYPE = "content-type";

    public static final String CLOUDEVENTS_JSON = "application/cloudevents+json; charset=UTF-8";

    /**
     * Consumer side only, never published: the value exactly as it arrived, kept beside the decoded
     * envelope so that a record the listener rejects is dead-lettered with its original bytes.
     */
    static final String ORIGINAL_VALUE = "nc-original-value";

    private PlatformHeaders() {
    }
}
