package org.neighborhoodcapital.platform.config;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every service gets, with the lowest precedence (any property source of the service
 * overrides them): health probes at {@code /actuator/health/liveness} and {@code …/readiness},
 * problem details for Spring MVC's own errors, JSON responses without null fields, UUIDs stored in
 * MongoDB as standard binary (subtype 4; Boot 4 leaves it unspecified, and then no UUID, not even an
 * outbox message id, can be written), a ping-based MongoDB health check instead of Boot's
 * {@code hello}-based one, and consumers that start from the earliest record when their
 * group has no committed offset.
 */
public class PlatformDefaultProperties implements EnvironmentPostProcessor {

    public static final String SOURCE_NAME = "ncPlatformDefaults";

    static final Map<String, Object> DEFAULTS = Map.of(
            "management.endpoint.health.probes.enabled", "true",
            "spring.mvc.problemdetails.enabled", "true",
            "spring.jackson.default-property-inclusion", "non_null",
            "spring.mongodb.representation.uuid", "standard",
            "spring.kafka.consumer.auto-offset-reset", "earliest",
            // replaced by the platform's ping-based check, which the embedded store answers too
            "management.health.mongodb.enabled", "false");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(SOURCE_NAME)) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, DEFAULTS));
        }
    }
}
