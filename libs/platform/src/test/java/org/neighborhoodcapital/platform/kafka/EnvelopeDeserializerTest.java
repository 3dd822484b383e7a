package org.neighborhoodcapital.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.InvalidEnvelopeException;
import org.neighborhoodcapital.platform.fixtures.Attendances;

class EnvelopeDeserializerTest {

    private final EnvelopeDeserializer deserializer = new EnvelopeDeserializer();

    @Test
    void decodesAnEnvelopeAndKeepsItsOriginalBytesInAConsumerSideHeader() {
        Envelope<DomainEvent> envelope = Attendances.anAttendanceAt("center-1");
        byte[] bytes = Attendances.withUnknownField(envelope);
        RecordHeaders headers = new RecordHeaders();

        Envelope<DomainEvent> decoded = deserializer.deserialize("topic", headers, bytes);

        assertThat(decoded).isEqualTo(envelope);
        assertThat(headers.lastHeader(PlatformHeaders.ORIGINAL_VALUE).value()).isSameAs(bytes);
    }

    @Test
    void malformedBytesFailWithTheReasonAndNoJacksonCause() {
        assertThatThrownBy(() -> deserializer.deserialize("topic", new RecordHeaders(), Attendances.notJson()))
                .isInstanceOf(InvalidEnvelopeException.class)
                .hasMessageStartingWith("not JSON: ")
                .hasNoCause();
    }

    @Test
    void aRecordWithoutARequiredFieldFailsNamingTypeAndField() {
        assertThatThrownBy(() -> deserializer.deserialize("topic", new RecordHeaders(), Attendances.withoutParticipantId("c")))
                .isInstanceOf(InvalidEnvelopeException.class)
                .hasMessageContaining(Attendances.TYPE)
                .hasMessageContaining("participantId");
    }
}
