package org.neighborhoodcapital.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.EnvelopeCodec;
import org.neighborhoodcapital.platform.fixtures.Attendances;

class PayloadSerializerTest {

    private final PayloadSerializer serializer = new PayloadSerializer();

    @Test
    void bytesArePublishedUntouched() {
        byte[] bytes = Attendances.notJson();

        assertThat(serializer.serialize("t", bytes)).isSameAs(bytes);
    }

    @Test
    void stringsArePublishedAsUtf8() {
        assertThat(serializer.serialize("t", "{\"name\":\"Сосед\"}")).isEqualTo("{\"name\":\"Сосед\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void envelopesArePublishedAsCloudEventsJson() {
        Envelope<DomainEvent> envelope = Attendances.anAttendanceAt("center-1");

        assertThat(new EnvelopeCodec().decode(serializer.serialize("t", envelope))).isEqualTo(envelope);
    }

    @Test
    void otherTypesAreRefused() {
        assertThatThrownBy(() -> serializer.serialize("t", 42)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("java.lang.Integer");
    }
}
