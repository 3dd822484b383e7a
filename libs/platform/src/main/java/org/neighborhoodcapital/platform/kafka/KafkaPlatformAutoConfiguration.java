package org.neighborhoodcapital.platform.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.neighborhoodcapital.contracts.InvalidEnvelopeException;
import org.neighborhoodcapital.contracts.Topics;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Kafka as every service uses it, on top of Boot's own Kafka auto-configuration (so {@code spring.kafka.*}
 * keeps working):
 * <ul>
 * <li>producer: String keys, {@link PayloadSerializer} values, always idempotent with {@code acks=all};</li>
 * <li>consumer: String keys, values decoded by {@link EnvelopeDeserializer} inside an
 * {@link ErrorHandlingDeserializer}, no auto-commit ({@code auto-offset-reset} defaults to earliest);</li>
 * <li>{@code kafkaListenerContainerFactory} (one record per call) and {@code batchListenerContainerFactory}
 * (lists of up to {@code nc.kafka.batch-max-records}), both counting {@value ConsumedRecordsCounter#METER}
 * and sharing a {@link DefaultErrorHandler} with bounded retries that hands failed records to the
 * {@link DeadLetterPublisher};</li>
 * <li>every topic of {@link Topics#ALL} and its dead-letter topic, created at startup.</li>
 * </ul>
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(KafkaPlatformProperties.class)
public class KafkaPlatformAutoConfiguration {

    public static final String BATCH_FACTORY = "batchListenerContainerFactory";
    public static final String RECORD_FACTORY = "kafkaListenerContainerFactory";

    @Bean
    DefaultKafkaProducerFactoryCustomizer ncProducerFactoryCustomizer() {
        return factory -> factory.updateConfigs(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, PayloadSerializer.class,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all"));
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer ncConsumerFactoryCustomizer() {
        return factory -> {
            Map<String, Object> configs = new HashMap<>();
            configs.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            configs.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
            configs.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, EnvelopeDeserializer.class);
            configs.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            factory.updateConfigs(configs);
        };
    }

    @Bean
    KafkaAdmin.NewTopics ncTopics(KafkaPlatformProperties properties) {
        NewTopic[] topics = platformTopics().stream()
                .map(name -> TopicBuilder.name(name)
                        .partitions(properties.partitions())
                        .replicas(properties.replicationFactor())
                        .build())
                .toArray(NewTopic[]::new);
        return new KafkaAdmin.NewTopics(topics);
    }

    @Bean
    @ConditionalOnMissingBean
    ConsumedRecordsCounter ncConsumedRecordsCounter(MeterRegistry registry) {
        return new ConsumedRecordsCounter(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetterPublisher ncDeadLetterPublisher(KafkaTemplate<Object, Object> template, MeterRegistry registry) {
        return new DeadLetterPublisher(template, registry);
    }

    /** Picked up by Boot's container factory configurer for both platform factories. */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler ncKafkaErrorHandler(DeadLetterPublisher deadLetters, KafkaPlatformProperties properties) {
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters,
                new FixedBackOff(properties.retryInterval().toMillis(), properties.deliveryAttempts() - 1L));
        // A value that does not decode now never will: EnvelopeBatch reports it as InvalidEnvelopeException.
        handler.addNotRetryableExceptions(InvalidEnvelopeException.class);
        // Retries re-seek by throwing; the DeadLetterPublisher logs the one line that matters.
        handler.setLogLevel(KafkaException.Level.DEBUG);
        return handler;
    }

    @Bean(name = RECORD_FACTORY)
    @ConditionalOnMissingBean(name = RECORD_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> kafkaListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumerFactory,
            ConsumedRecordsCounter consumed) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = configuredByBoot(configurer, consumerFactory);
        factory.setBatchListener(false);
        factory.setRecordInterceptor(consumed);
        return factory;
    }

    @Bean(name = BATCH_FACTORY)
    @ConditionalOnMissingBean(name = BATCH_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> batchListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumerFactory,
            ConsumedRecordsCounter consumed, KafkaPlatformProperties properties) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = configuredByBoot(configurer, consumerFactory);
        factory.setBatchListener(true);
        // spring-kafka copies the factory's container properties to each container except the consumer
        // properties, so the batch size is set on every container it creates (a listener's own wins)
        String maxPollRecords = String.valueOf(properties.batchMaxRecords());
        factory.setContainerCustomizer(container -> container.getContainerProperties().getKafkaConsumerProperties()
                .putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords));
        factory.setBatchInterceptor(consumed);
        return factory;
    }

    /** A factory with {@code spring.kafka.listener.*} and the unique error handler bean applied, as Boot's own. */
    private static ConcurrentKafkaListenerContainerFactory<Object, Object> configuredByBoot(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumerFactory) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumerFactory);
        return factory;
    }

    /** Every topic of {@link Topics#ALL}, each followed by its dead-letter topic. */
    static List<String> platformTopics() {
        return Topics.ALL.stream().flatMap(topic -> Stream.of(topic, Topics.deadLetterOf(topic))).toList();
    }
}
