package org.neighborhoodcapital.platform.kafka;

import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;
import org.neighborhoodcapital.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.TimestampedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Publishes a record that could not be processed to {@code <topic>.dlt} (partition chosen by Kafka,
 * so the dead-letter topic may have any number of partitions) with the value's original bytes, the
 * header {@value PlatformHeaders#DLT_REASON} and Spring Kafka's standard exception headers; then
 * counts {@value #METER}{topic} and logs one line.
 */
public class DeadLetterPublisher extends DeadLetterPublishingRecoverer {

    public static final String METER = "nc.records.deadlettered";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);
    private static final LogAccessor LOG_ACCESSOR = new LogAccessor(DeadLetterPublisher.class);

    private final TopicCounters counters;

    public DeadLetterPublisher(KafkaOperations<?, ?> template, MeterRegistry registry) {
        super(template, (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        this.counters = new TopicCounters(registry, METER, "Records published to a dead-letter topic");
        addHeadersFunction((record, exception) -> new RecordHeaders(new Header[] {
                new RecordHeader(PlatformHeaders.DLT_REASON,
                        reasonOf(record, exception).getBytes(StandardCharsets.UTF_8))}));
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, @Nullable Consumer<?, ?> consumer, Exception exception) {
        if (causedBy(exception, BatchWriteFailedException.class)) {
            // the store, not the record, failed: refusing to recover makes the error handler redeliver
            throw new IllegalStateException("not dead-lettering " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + ": the batch write failed and will be retried", exception);
        }
        super.accept(record, consumer, exception);
        counters.increment(record.topic(), 1);
        log.warn("Dead-lettered {}-{}@{} to {}: {}", record.topic(), record.partition(), record.offset(),
                Topics.deadLetterOf(record.topic()), reasonOf(record, exception));
    }

    @Override
    protected ProducerRecord<Object, Object> createProducerRecord(ConsumerRecord<?, ?> record,
            TopicPartition topicPartition, Headers headers, byte @Nullable [] key, byte @Nullable [] value) {
        Header original = headers.lastHeader(PlatformHeaders.ORIGINAL_VALUE);
        headers.remove(PlatformHeaders.ORIGINAL_VALUE);
        byte[] bytes = value != null ? value : original != null ? original.value() : null;
        return super.createProducerRecord(record, topicPartition, headers, key, bytes);
    }

    private static boolean causedBy(@Nullable Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why the record failed, as text fit for the {@value PlatformHeaders#DLT_REASON} header: for a
     * value that could not be decoded, the decoder's reason ({@code not JSON: …}, {@code unknown type …},
     * {@code <type>: participantId is required}); otherwise the listener's exception message, unwrapped
     * from Spring Kafka's wrappers.
     */
    public static String reasonOf(ConsumerRecord<?, ?> record, @Nullable Exception exception) {
        DeserializationException undecodable = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
        Throwable cause = undecodable != null ? undecodable : exception;
        while (cause != null && cause.getCause() != null
                && (cause instanceof ListenerExecutionFailedException || cause instanceof BatchListenerFailedException
                        || cause instanceof TimestampedException || cause instanceof DeserializationException)) {
            cause = cause.getCause();
        }
        if (cause == null) {
            return "unknown";
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
