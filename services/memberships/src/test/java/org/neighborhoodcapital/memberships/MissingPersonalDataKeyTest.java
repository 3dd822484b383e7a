package org.neighborhoodcapital.memberships;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.memberships.participant.protection.PersonalDataProtection;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service refuses to start without a personal-data key, and says which property to set. */
class MissingPersonalDataKeyTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MembershipsProperties.class)
    static class KeyOnly {

        @Bean
        PersonalDataProtection personalDataProtection(MembershipsProperties properties) {
            return PersonalDataProtection.fromConfiguredKey(properties.personalDataKey());
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(KeyOnly.class);

    @Test
    void withoutAKeyTheContextFailsNamingTheProperty() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("nc.memberships.personal-data-key")
                    .hasMessageContaining("base64-encoded 32-byte key");
        });
    }

    @Test
    void aKeyOfTheWrongLengthFailsSayingSo() {
        runner.withPropertyValues("nc.memberships.personal-data-key=c2hvcnQ=").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("decodes to 5 bytes, but must be 32");
        });
    }

    @Test
    void aGoodKeyStartsAndIsNeverPrinted() {
        runner.withPropertyValues("nc.memberships.personal-data-key=q0X6m3VvC0F0k2mJ8f4c1tK9bZr7yW5uN3pL1hD6sE8=").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(MembershipsProperties.class).toString()).doesNotContain("q0X6m3");
            assertThat(context.getBean(MembershipsProperties.class).funnel().participantEvents()).isEqualTo(3);
        });
    }
}
