package org.neighborhoodcapital.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.testsupport.RealInfrastructureContextCustomizerFactory.LazyPropertySource;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

class RealInfrastructureContextCustomizerFactoryTest {

    private final RealInfrastructureContextCustomizerFactory factory = new RealInfrastructureContextCustomizerFactory();

    @Test
    void classesWithoutTheAnnotationAreLeftAlone() {
        assertThat(factory.createContextCustomizer(NotAnnotated.class, List.of())).isNull();
    }

    @Test
    void eachAnnotatedClassGetsAContextOfItsOwnAndNestedClassesShareTheirOuterOne() {
        ContextCustomizer first = factory.createContextCustomizer(FirstAnnotated.class, List.of());
        ContextCustomizer second = factory.createContextCustomizer(SecondAnnotated.class, List.of());

        assertThat(first).isNotNull().isEqualTo(factory.createContextCustomizer(FirstAnnotated.class, List.of()));
        assertThat(first).isNotEqualTo(second);
        assertThat(factory.createContextCustomizer(FirstAnnotated.Inner.class, List.of())).isEqualTo(first);
        assertThat(factory.createContextCustomizer(SubclassOfFirst.class, List.of())).isNotEqualTo(first);
    }

    @Test
    void propertiesTheTestSetsItselfAreNotReplaced() {
        GenericApplicationContext context = new GenericApplicationContext();
        MergedContextConfiguration config = new MergedContextConfiguration(FirstAnnotated.class, new String[0],
                new Class<?>[0], null, new String[0], new String[0],
                new String[] {"spring.kafka.consumer.group-id=mine", "spring.mongodb.uri=mongodb://elsewhere:1/db"},
                null, null, null);

        factory.createContextCustomizer(FirstAnnotated.class, List.of()).customizeContext(context, config);

        PropertySource<?> source = context.getEnvironment().getPropertySources()
                .get(RealInfrastructureContextCustomizerFactory.PROPERTY_SOURCE_NAME);
        assertThat(source).isNotNull();
        assertThat(context.getEnvironment().getPropertySources().iterator().next()).isSameAs(source);
        assertThat(source.containsProperty("spring.kafka.consumer.group-id")).isFalse();
        assertThat(source.containsProperty("spring.mongodb.uri")).isFalse();
        assertThat(source.containsProperty("spring.mongodb.database")).isFalse();
        assertThat(source.containsProperty("spring.kafka.bootstrap-servers")).isTrue();
        assertThat(source.getProperty("spring.kafka.consumer.auto-offset-reset")).isEqualTo("earliest");
    }

    @Test
    void groupAndDatabaseNameTheTestClass() {
        Map<String, Supplier<Object>> properties =
                RealInfrastructureContextCustomizerFactory.Customizer.properties(FirstAnnotated.class);

        assertThat(properties.get("spring.kafka.consumer.group-id").get().toString()).startsWith("FirstAnnotated-");
        assertThat(properties.get("spring.mongodb.database").get().toString()).startsWith("firstannotated_");
    }

    @Test
    void valuesAreComputedOnlyWhenRead() {
        AtomicInteger computed = new AtomicInteger();
        LazyPropertySource source = new LazyPropertySource("lazy", Map.of("a.b", () -> "v" + computed.incrementAndGet()));

        assertThat(source.containsProperty("a.b")).isTrue();
        assertThat(source.getPropertyNames()).containsExactly("a.b");
        assertThat(computed).hasValue(0);
        assertThat(source.getProperty("a.b")).isEqualTo("v1");
        assertThat(source.getProperty("x.y")).isNull();
    }

    static class NotAnnotated {
    }

    @RealInfrastructure
    static class FirstAnnotated {

        @Nested
        class Inner {
        }
    }

    @RealInfrastructure
    static class SecondAnnotated {
    }

    static class SubclassOfFirst extends FirstAnnotated {
    }
}
