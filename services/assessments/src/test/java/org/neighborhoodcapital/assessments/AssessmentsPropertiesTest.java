package org.neighborhoodcapital.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** {@code nc.assessments.*}: defaults, and a reference profile that is not ten positions from −3 to 3 stops the service. */
class AssessmentsPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AssessmentsProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void theDefaultReferenceIsMinusTwoEverywhereButScaleNine() {
        runner.run(context -> {
            AssessmentsProperties properties = context.getBean(AssessmentsProperties.class);
            assertThat(properties.model().reference()).containsExactly(-2, -2, -2, -2, -2, -2, -2, -2, 0, -2);
            assertThat(properties.instruments().locations()).containsExactly("classpath*:instruments/subjectivity-v*.json");
            assertThat(properties.futureTolerance()).isEqualTo(Duration.ofMinutes(5));
        });
    }

    @Test
    void anotherReferenceIsConfiguration() {
        runner.withPropertyValues("nc.assessments.model.reference=-3,-3,-3,-3,-3,-3,-3,-3,1,-3").run(context ->
                assertThat(context.getBean(AssessmentsProperties.class).model().reference()).containsExactly(-3, -3, -3, -3, -3, -3, -3, -3, 1, -3));
    }

    @Test
    void nineOrOutOfRangePositionsAreRefusedAtStartup() {
        runner.withPropertyValues("nc.assessments.model.reference=-2,-2,-2,-2,-2,-2,-2,-2,0").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("reference"));
        runner.withPropertyValues("nc.assessments.model.reference=-2,-2,-2,-2,-2,-2,-2,-2,0,4").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("reference[9]"));
    }
}
