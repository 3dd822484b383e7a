package org.neighborhoodcapital.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.Topics;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.test.util.ReflectionTestUtils;

class KafkaPlatformAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, KafkaPlatformAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues("spring.kafka.admin.auto-create=false");

    @Test
    void theProducerIsIdempotentWithAcksAllAndKeepsBootsOtherProducerProperties() {
        runner.withPropertyValues("spring.kafka.producer.acks=1", "spring.kafka.producer.client-id=outbox-test")
                .run(context -> {
                    Map<String, Object> config = context.getBean(DefaultKafkaProducerFactory.class).getConfigurationProperties();
                    assertThat(config).containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                            .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                            .containsEntry(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class)
                            .containsEntry(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, PayloadSerializer.class)
                            .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "outbox-test");
                });
    }

    @Test
    void theConsumerDecodesEnvelopesBehindAnErrorHandlingDeserializerAndNeverAutoCommits() {
        runner.withPropertyValues("spring.kafka.consumer.enable-auto-commit=true", "spring.kafka.consumer.group-id=g1")
                .run(context -> {
                    Map<String, Object> config = context.getBean(DefaultKafkaConsumerFactory.class).getConfigurationProperties();
                    assertThat(config).containsEntry(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)
                            .containsEntry(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class)
                            .containsEntry(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, EnvelopeDeserializer.class)
                            .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                            .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "g1");
                });
    }

    @Test
    void bothContainerFactoriesShareTheDeadLetteringErrorHandlerAndCountConsumedRecords() {
        runner.run(context -> {
            CommonErrorHandler handler = context.getBean(CommonErrorHandler.class);
            assertThat(handler).isInstanceOf(DefaultErrorHandler.class);
            ConcurrentKafkaListenerContainerFactory<?, ?> records = factory(context, "kafkaListenerContainerFactory");
            ConcurrentKafkaListenerContainerFactory<?, ?> batches = factory(context, "batchListenerContainerFactory");
            assertThat(records.isBatchListener()).isFalse();
            assertThat(batches.isBatchListener()).isTrue();
            assertThat(batches.createContainer("t").getContainerProperties().getKafkaConsumerProperties())
                    .containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
            for (var factory : new ConcurrentKafkaListenerContainerFactory<?, ?>[] {records, batches}) {
                assertThat(factory).extracting("commonErrorHandler").isSameAs(handler);
            }
            assertThat(records).extracting("recordInterceptor").isSameAs(context.getBean(ConsumedRecordsCounter.class));
            assertThat(batches).extracting("batchInterceptor").isSameAs(context.getBean(ConsumedRecordsCounter.class));
        });
    }

    @Test
    void theBatchSizeIsAProperty() {
        runner.withPropertyValues("nc.kafka.batch-max-records=500").run(context ->
                assertThat(factory(context, "batchListenerContainerFactory").createContainer("t")
                        .getContainerProperties().getKafkaConsumerProperties())
                        .containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500"));
    }

    @Test
    void everyTopicAndItsDeadLetterTopicIsDeclaredWithTheConfiguredPartitions() {
        runner.withPropertyValues("nc.kafka.partitions=6", "nc.kafka.replication-factor=1").run(context -> {
            @SuppressWarnings("unchecked")
            var topics = (java.util.Collection<NewTopic>) ReflectionTestUtils.getField(
                    context.getBean(KafkaAdmin.NewTopics.class), "newTopics");
            assertThat(topics).hasSize(Topics.ALL.size() * 2).allSatisfy(topic -> {
                assertThat(topic.numPartitions()).isEqualTo(6);
                assertThat(topic.replicationFactor()).isEqualTo((short) 1);
            });
            assertThat(topics).extracting(NewTopic::name)
                    .contains(Topics.EVENTS_ATTENDANCE, "events.attendance.v1.dlt", Topics.REPORTING_REPORTS + ".dlt");
        });
    }

    @Test
    void propertiesHaveDefaultsAndAreValidated() {
        runner.run(context -> assertThat(context.getBean(KafkaPlatformProperties.class))
                .isEqualTo(new KafkaPlatformProperties(3, 1, 2000, 3, java.time.Duration.ofMillis(200))));
        runner.withPropertyValues("nc.kafka.partitions=0").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("partitions"));
    }

    @SuppressWarnings("unchecked")
    private static ConcurrentKafkaListenerContainerFactory<?, ?> factory(org.springframework.context.ApplicationContext context, String name) {
        return context.getBean(name, ConcurrentKafkaListenerContainerFactory.class);
    }
}
