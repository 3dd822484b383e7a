package org.neighborhoodcapital.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ServiceTagTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class, MetricsPlatformAutoConfiguration.class));

    @Test
    void everyMeterCarriesTheServiceNameAsTag() {
        runner.withPropertyValues("spring.application.name=events").run(context -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            registry.counter("nc.checkins.accepted").increment();

            assertThat(registry.get("nc.checkins.accepted").counter().getId().getTag("service")).isEqualTo("events");
        });
    }
}
