package org.neighborhoodcapital.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

class TestInfrastructureTest {

    @Test
    void theDatabaseBecomesThePathOfTheUri() {
        assertThat(TestInfrastructure.withDatabase("mongodb://127.0.0.1:4242", "reports"))
                .isEqualTo("mongodb://127.0.0.1:4242/reports");
        assertThat(TestInfrastructure.withDatabase("mongodb://127.0.0.1:4242/", "reports"))
                .isEqualTo("mongodb://127.0.0.1:4242/reports");
        assertThat(TestInfrastructure.withDatabase("mongodb://localhost:4242/test", "reports"))
                .isEqualTo("mongodb://localhost:4242/reports");
        assertThat(TestInfrastructure.withDatabase("mongodb://localhost:4242/?directConnection=true", "reports"))
                .isEqualTo("mongodb://localhost:4242/reports?directConnection=true");
        assertThat(TestInfrastructure.withDatabase("mongodb://localhost:4242?replicaSet=rs0", "reports"))
                .isEqualTo("mongodb://localhost:4242/reports?replicaSet=rs0");
    }

    @Test
    void somethingThatIsNoDatabaseNameIsRejected() {
        for (String invalid : new String[] {"", " ", "a/b", "a.b", "with space", "x".repeat(64)}) {
            assertThatThrownBy(() -> TestInfrastructure.withDatabase("mongodb://h:1", invalid))
                    .as(invalid)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void uniqueDatabaseNamesAreValidDistinctAndRecognisable() {
        Set<String> names = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> names.add(TestInfrastructure.uniqueDatabaseName("Check-In Flow.IT")));

        assertThat(names).hasSize(1000).allSatisfy(name -> {
            assertThat(name).startsWith("check_in_flow_it_").matches("[a-z0-9_]{1,63}");
            assertThat(TestInfrastructure.withDatabase("mongodb://h:1", name)).endsWith("/" + name);
        });
        assertThat(TestInfrastructure.uniqueDatabaseName("A".repeat(200))).hasSizeLessThan(64);
        assertThat(TestInfrastructure.uniqueDatabaseName(null)).startsWith("test_");
    }

    @Test
    void theContainersAreConfiguredLikeTheEmbeddedInfrastructure() {
        // Constructing a container needs no Docker engine (resolving or starting its image does);
        // the constructors reject images that are not Kafka / MongoDB.
        KafkaContainer kafka = TestInfrastructure.kafkaContainer();
        MongoDBContainer mongo = TestInfrastructure.mongoContainer();

        assertThat(kafka.getEnvMap()).containsEntry("KAFKA_NUM_PARTITIONS", "3")
                .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true");
        assertThat(mongo.getCommandParts()).contains("--replSet");
    }
}
