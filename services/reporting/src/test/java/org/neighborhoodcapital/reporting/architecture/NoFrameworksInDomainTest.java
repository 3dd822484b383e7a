package org.neighborhoodcapital.reporting.architecture;

import org.neighborhoodcapital.testsupport.architecture.DomainRules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** The domain is plain Java: no Spring, Kafka, MongoDB or Jackson types, no platform adapters. */
@AnalyzeClasses(packages = "org.neighborhoodcapital.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class NoFrameworksInDomainTest {

    @ArchTest
    static final ArchTests domainRules = ArchTests.in(DomainRules.class);
}
