package org.neighborhoodcapital.testsupport.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules that keep a service's domain plain Java (see CONVENTIONS.md). Use them from a class
 * annotated {@code @AnalyzeClasses(packages = "org.neighborhoodcapital.<service>")}, either all at
 * once ({@code @ArchTest static final ArchTests domain = ArchTests.in(DomainRules.class);}) or one by
 * one through the factory methods (to name more adapter packages).
 */
public final class DomainRules {

    /** The platform's plain-Java domain types ({@code DomainException}, {@code Violations}) are welcome in a domain. */
    public static final String PLATFORM_DOMAIN = "org.neighborhoodcapital.platform.domain..";

    private static final String[] FRAMEWORKS = {
            "org.springframework..",
            "org.apache.kafka..",
            "com.mongodb..",
            "org.bson..",
            "tools.jackson..",
            "com.fasterxml.jackson..",
            "jakarta.servlet..",
            "jakarta.persistence..",
            "io.micrometer..",
            "org.neighborhoodcapital.platform.."};

    private static final String[] ADAPTERS = {"..web..", "..persistence..", "..messaging..", "..application.."};

    @ArchTest
    public static final ArchRule domainHasNoFrameworkTypes = domainIsFrameworkFree();

    @ArchTest
    public static final ArchRule domainDoesNotReachIntoAdapters = domainDoesNotReachIntoAdapters();

    /** No Spring, Kafka, MongoDB, Jackson, servlet, JPA, Micrometer or platform adapter types in {@code ..domain..}. */
    public static ArchRule domainIsFrameworkFree() {
        return noClasses()
                .that().resideInAPackage("..domain..")
                .should().dependOnClassesThat(resideInAnyPackage(FRAMEWORKS).and(not(resideInAPackage(PLATFORM_DOMAIN)))
                        .as("are framework types (Spring, Kafka, MongoDB, Jackson, servlet, JPA, Micrometer, platform adapters)"))
                .because("the domain is plain Java: adapters live in web, messaging and persistence packages");
    }

    /** The domain does not depend on the adapters around it: web, persistence, messaging, application, and {@code more}. */
    public static ArchRule domainDoesNotReachIntoAdapters(String... more) {
        List<String> adapters = new ArrayList<>(List.of(ADAPTERS));
        adapters.addAll(List.of(more));
        return noClasses()
                .that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(adapters.toArray(String[]::new));
    }

    private DomainRules() {
    }
}
