package org.neighborhoodcapital.testsupport;

import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.neighborhoodcapital.testsupport.security.TestIssuer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Registered by {@link RealInfrastructure}; one customizer per annotated test class, which is also
 * what keeps annotated classes from sharing a cached context (and so a database or group).
 */
final class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    static final String PROPERTY_SOURCE_NAME = "Real test infrastructure";

    /** Spring's name for the source holding {@code @DynamicPropertySource} values. */
    private static final String DYNAMIC_PROPERTIES_SOURCE_NAME = "Dynamic Test Properties";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        if (!TestContextAnnotationUtils.hasAnnotation(testClass, RealInfrastructure.class)) {
            return null;
        }
        return new Customizer(owner(testClass));
    }

    /** The class whose database and group a test class uses: {@code @Nested} classes use their outer one's. */
    static Class<?> owner(Class<?> testClass) {
        Class<?> owner = testClass;
        while (owner.getEnclosingClass() != null && !Modifier.isStatic(owner.getModifiers())) {
            owner = owner.getEnclosingClass();
        }
        return owner;
    }

    record Customizer(Class<?> owner) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            Set<String> setByTest = TestPropertySourceUtils
                    .convertInlinedPropertiesToMap(mergedConfig.getPropertySourceProperties())
                    .keySet();
            Map<String, Supplier<Object>> values = properties(owner);
            values.keySet().removeAll(setByTest);
            if (setByTest.contains("spring.mongodb.uri")) {
                values.remove("spring.mongodb.database");
            }
            if (setByTest.contains("spring.kafka.bootstrap-servers")) {
                values.keySet().removeIf(key -> key.endsWith(".bootstrap-servers"));
            }

            LazyPropertySource source = new LazyPropertySource(PROPERTY_SOURCE_NAME, values);
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            if (sources.contains(DYNAMIC_PROPERTIES_SOURCE_NAME)) {
                sources.addAfter(DYNAMIC_PROPERTIES_SOURCE_NAME, source);
            } else {
                sources.addFirst(source);
            }
        }

        static Map<String, Supplier<Object>> properties(Class<?> owner) {
            String database = TestInfrastructure.uniqueDatabaseName(owner.getSimpleName());
            String groupId = owner.getSimpleName() + "-" + database.substring(database.lastIndexOf('_') + 1);
            Supplier<Object> kafka = TestInfrastructure::kafkaBootstrapServers;

            Map<String, Supplier<Object>> values = new LinkedHashMap<>();
            values.put("spring.kafka.bootstrap-servers", kafka);
            // Client-specific addresses in an application's own configuration would win over the
            // common one and quietly point a test at localhost:9092.
            values.put("spring.kafka.consumer.bootstrap-servers", kafka);
            values.put("spring.kafka.producer.bootstrap-servers", kafka);
            values.put("spring.kafka.admin.bootstrap-servers", kafka);
            values.put("spring.kafka.streams.bootstrap-servers", kafka);
            values.put("spring.kafka.consumer.group-id", () -> groupId);
            values.put("spring.kafka.consumer.auto-offset-reset", () -> "earliest");
            values.put("spring.mongodb.uri", () -> TestInfrastructure.mongoUri(database));
            // spring.mongodb.database, when an application sets it, wins over the URI's database.
            values.put("spring.mongodb.database", () -> database);
            // tokens signed by the in-JVM test issuer (TestTokens) are what the service accepts
            values.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestIssuer::jwkSetUri);
            values.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIssuer::issuerUri);
            return values;
        }
    }

    /**
     * Values computed on first read, so a context that never binds Kafka (or MongoDB) properties
     * never starts that broker (or store).
     */
    static final class LazyPropertySource extends EnumerablePropertySource<Map<String, Supplier<Object>>> {

        LazyPropertySource(String name, Map<String, Supplier<Object>> values) {
            super(name, Map.copyOf(values));
        }

        @Override
        public Object getProperty(String name) {
            Supplier<Object> value = getSource().get(name);
            return value == null ? null : value.get();
        }

        @Override
        public boolean containsProperty(String name) {
            return getSource().containsKey(name);
        }

        @Override
        public String[] getPropertyNames() {
            return getSource().keySet().toArray(String[]::new);
        }
    }
}
