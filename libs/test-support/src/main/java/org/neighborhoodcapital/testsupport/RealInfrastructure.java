package org.neighborhoodcapital.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Points a Spring test context at the JVM-wide {@link TestInfrastructure}: put it next to
 * {@code @SpringBootTest} (or a test slice) and the context starts with
 * <ul>
 * <li>{@code spring.kafka.bootstrap-servers} (and the consumer/producer/admin/streams variants) =
 * {@link TestInfrastructure#kafkaBootstrapServers()},</li>
 * <li>{@code spring.mongodb.uri} = {@link TestInfrastructure#mongoUri(String)} of a database of its
 * own, also as {@code spring.mongodb.database},</li>
 * <li>{@code spring.kafka.consumer.group-id} of its own and
 * {@code spring.kafka.consumer.auto-offset-reset=earliest}.</li>
 * </ul>
 * These win over the application's own configuration files; properties the test class sets itself
 * ({@code @SpringBootTest(properties = …)}, {@code @TestPropertySource(properties = …)},
 * {@code @DynamicPropertySource}) win over these.
 *
 * <p>"Of its own" means per test class ({@code @Nested} classes belong to their enclosing class):
 * each annotated test class gets its own application context, database and consumer group.
 * The broker and the store themselves are shared by the whole JVM, so records published by earlier
 * test classes are still in the topics: assert on ids your test created.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(RealInfrastructureContextCustomizerFactory.class)
public @interface RealInfrastructure {
}
