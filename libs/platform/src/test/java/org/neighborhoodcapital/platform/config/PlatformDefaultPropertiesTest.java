package org.neighborhoodcapital.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlatformDefaultPropertiesTest {

    @Test
    void probesProblemDetailsNonNullJsonStandardUuidsAndEarliestOffsetsAreTheDefaults() {
        StandardEnvironment environment = new StandardEnvironment();

        new PlatformDefaultProperties().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("spring.mvc.problemdetails.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("spring.jackson.default-property-inclusion")).isEqualTo("non_null");
        assertThat(environment.getProperty("spring.mongodb.representation.uuid")).isEqualTo("standard");
        assertThat(environment.getProperty("spring.kafka.consumer.auto-offset-reset")).isEqualTo("earliest");
    }

    @Test
    void aServicesOwnPropertiesWin() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("spring.kafka.consumer.auto-offset-reset", "latest")));

        new PlatformDefaultProperties().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.kafka.consumer.auto-offset-reset")).isEqualTo("latest");
    }
}
