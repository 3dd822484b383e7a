package org.neighborhoodcapital.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import org.neighborhoodcapital.platform.kafka.KafkaPlatformAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.KafkaTemplate;

/** The {@link OutboxRelay} over every {@link OutboxCollection} bean. */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class, KafkaPlatformAutoConfiguration.class})
@ConditionalOnClass({MongoOperations.class, KafkaTemplate.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({MongoOperations.class, KafkaTemplate.class})
    OutboxRelay outboxRelay(MongoOperations mongo, KafkaTemplate<Object, Object> kafka,
            ObjectProvider<OutboxCollection> collections, OutboxProperties properties, MeterRegistry registry) {
        return new OutboxRelay(mongo, kafka, collections.orderedStream().toList(), properties, registry);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxKick outboxKick(ObjectProvider<OutboxRelay> relay) {
        return new OutboxKick(relay);
    }
}
