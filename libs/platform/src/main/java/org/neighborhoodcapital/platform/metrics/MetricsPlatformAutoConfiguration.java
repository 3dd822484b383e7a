package org.neighborhoodcapital.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Common tag {@value #SERVICE_TAG} = {@code spring.application.name} on every meter. */
@AutoConfiguration
@ConditionalOnClass({MeterRegistry.class, MeterRegistryCustomizer.class})
public class MetricsPlatformAutoConfiguration {

    public static final String SERVICE_TAG = "service";

    @Bean
    MeterRegistryCustomizer<MeterRegistry> ncServiceTag(Environment environment) {
        String service = environment.getProperty("spring.application.name", "application");
        return registry -> registry.config().commonTags(SERVICE_TAG, service);
    }
}
