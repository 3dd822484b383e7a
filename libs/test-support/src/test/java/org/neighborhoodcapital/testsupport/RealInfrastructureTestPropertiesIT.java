package org.neighborhoodcapital.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What the test class sets itself wins; the application's own configuration does not. */
@SpringBootTest(classes = RealInfrastructureTestPropertiesIT.App.class, webEnvironment = WebEnvironment.NONE,
        properties = {"spring.kafka.consumer.group-id=chosen-by-the-test", "spring.config.name=test-support-app"})
@RealInfrastructure
class RealInfrastructureTestPropertiesIT {

    @DynamicPropertySource
    static void latestOffsets(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.consumer.auto-offset-reset", () -> "latest");
    }

    @Autowired
    Environment environment;

    @Autowired
    MongoTemplate mongoTemplate;

    @Test
    void inlinedAndDynamicTestPropertiesWin() {
        assertThat(environment.getProperty("spring.kafka.consumer.group-id")).isEqualTo("chosen-by-the-test");
        assertThat(environment.getProperty("spring.kafka.consumer.auto-offset-reset")).isEqualTo("latest");
    }

    @Test
    void theApplicationsOwnAddressesAndDatabaseAreOverridden() {
        // test-support-app.properties points at localhost:9092 and database "production-like"
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(TestInfrastructure.kafkaBootstrapServers());
        assertThat(environment.getProperty("spring.kafka.producer.bootstrap-servers")).isEqualTo(TestInfrastructure.kafkaBootstrapServers());
        assertThat(mongoTemplate.getDb().getName()).startsWith("realinfrastructuretestpropertiesit_");
        assertThat(environment.getProperty("some.application.setting")).isEqualTo("kept");
    }

    @Nested
    class NestedTests {

        @Autowired
        MongoTemplate nestedMongoTemplate;

        @Test
        void useTheDatabaseOfTheirEnclosingClass() {
            assertThat(nestedMongoTemplate.getDb().getName()).isEqualTo(mongoTemplate.getDb().getName());
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
