package org.neighborhoodcapital.assessments;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain packages hold the rules only: no Spring, Kafka, MongoDB or Jackson types (see CONVENTIONS.md). */
@AnalyzeClasses(packages = "org.neighborhoodcapital.assessments", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainStaysFrameworkFreeTest {

    @ArchTest
    static final ArchRule domainHasNoFrameworkTypes = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..",
                    "org.apache.kafka..",
                    "com.mongodb..",
                    "org.bson..",
                    "tools.jackson..",
                    "com.fasterxml.jackson..",
                    "jakarta.servlet..",
                    "io.micrometer..",
                    "org.neighborhoodcapital.platform..")
            .because("the domain is plain Java: adapters live in web, messaging, persistence and catalog packages");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..", "..messaging..", "..application..",
                    "..catalog..", "..directory..");
}
