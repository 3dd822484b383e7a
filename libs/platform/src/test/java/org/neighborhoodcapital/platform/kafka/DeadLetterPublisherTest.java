package org.neighborhoodcapital.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.InvalidEnvelopeException;
import org.neighborhoodcapital.platform.fixtures.Attendances;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.SendResult;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

class DeadLetterPublisherTest {

    private static final String TOPIC = "events.attendance.v1";

    @SuppressWarnings("unchecked")
    private final KafkaOperations<Object, Object> template = mock(KafkaOperations.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DeadLetterPublisher publisher = new DeadLetterPublisher(template, registry);

    DeadLetterPublisherTest() {
        when(template.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));
    }

    @Test
    void anUndecodableRecordIsRepublishedWithItsRawBytesAndTheDecodersReason() {
        ConsumerRecord<String, Object> record = consumed(Attendances.notJson());

        publisher.accept(record, null, new ListenerExecutionFailedException("listener failed",
                new BatchListenerFailedException("record value could not be deserialized",
                        new InvalidEnvelopeException("record value could not be deserialized"), 0)));

        ProducerRecord<Object, Object> published = published();
        assertThat(published.topic()).isEqualTo(TOPIC + ".dlt");
        assertThat(published.partition()).as("Kafka chooses the partition").isNull();
        assertThat(published.key()).isEqualTo("center-1");
        assertThat((byte[]) published.value()).isEqualTo(Attendances.notJson());
        assertThat(text(published.headers(), PlatformHeaders.DLT_REASON)).startsWith("not JSON: ");
        assertThat(published.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_FQCN)).isNotNull();
        assertThat(published.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET)).isNotNull();
        assertThat(registry.get(DeadLetterPublisher.METER).tag("topic", TOPIC).counter().count()).isEqualTo(1.0);
    }

    @Test
    void aRecordTheListenerRejectedIsRepublishedWithItsOriginalBytesNotReencoded() {
        Envelope<DomainEvent> envelope = Attendances.anAttendanceAt("center-1");
        byte[] original = Attendances.withUnknownField(envelope);
        ConsumerRecord<String, Object> record = consumed(original);
        assertThat(record.value()).isEqualTo(envelope);

        publisher.accept(record, null, new ListenerExecutionFailedException("listener failed",
                new BatchListenerFailedException("unknown event", new IllegalStateException("unknown event"), 3)));

        ProducerRecord<Object, Object> published = published();
        assertThat((byte[]) published.value()).isEqualTo(original);
        assertThat(text(published.headers(), PlatformHeaders.DLT_REASON)).isEqualTo("unknown event");
        assertThat(published.headers().lastHeader(PlatformHeaders.ORIGINAL_VALUE)).as("consumer-side header stays home").isNull();
    }

    @Test
    void aFailedBatchWriteIsNotDeadLetteredSoThatTheBatchIsRedelivered() {
        ConsumerRecord<String, Object> record = consumed(Attendances.withUnknownField(Attendances.anAttendanceAt("center-1")));

        assertThatThrownBy(() -> publisher.accept(record, null, new ListenerExecutionFailedException("listener failed",
                new BatchWriteFailedException(new IllegalStateException("store unavailable")))))
                .hasMessageContaining("will be retried");

        verify(template, never()).send(any(ProducerRecord.class));
        assertThat(registry.find(DeadLetterPublisher.METER).counter()).isNull();
    }

    @Test
    void theReasonOfARecordWithoutARequiredFieldNamesTypeAndField() {
        ConsumerRecord<String, Object> record = consumed(Attendances.withoutParticipantId("center-1"));

        assertThat(DeadLetterPublisher.reasonOf(record, new IllegalStateException("wrapper")))
                .isEqualTo(Attendances.TYPE + ": participantId is required");
    }

    private ProducerRecord<Object, Object> published() {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<ProducerRecord<Object, Object>> captor = ArgumentCaptor.forClass(ProducerRecord.class);
        verify(template).send(captor.capture());
        return captor.getValue();
    }

    /** A record as the platform's consumer produces it: through the error-handling deserializer. */
    private static ConsumerRecord<String, Object> consumed(byte[] bytes) {
        RecordHeaders headers = new RecordHeaders();
        try (ErrorHandlingDeserializer<Envelope<DomainEvent>> deserializer =
                new ErrorHandlingDeserializer<>(new EnvelopeDeserializer())) {
            Envelope<DomainEvent> value = deserializer.deserialize(TOPIC, headers, bytes);
            return new ConsumerRecord<>(TOPIC, 1, 42L, 0L, TimestampType.CREATE_TIME, 8, bytes.length, "center-1", value,
                    headers, Optional.empty());
        }
    }

    private static String text(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
