package org.neighborhoodcapital.reporting.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is plain Java: no Spring, Kafka, MongoDB or Jackson types, no platform adapters. */
@AnalyzeClasses(packages = "org.neighborhoodcapital.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class NoFrameworksInDomainTest {

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
                    "org.neighborhoodcapital.platform..",
                    "jakarta.persistence..")
            .because("the domain must be testable and readable without any framework");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..messaging..", "..persistence..");
}
