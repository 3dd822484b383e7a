package org.neighborhoodcapital.events;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.neighborhoodcapital.testsupport.architecture.DomainRules;

/** The domain packages hold the rules only: no Spring, Kafka, MongoDB or Jackson types (see CONVENTIONS.md). */
@AnalyzeClasses(packages = "org.neighborhoodcapital.events", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainStaysFrameworkFreeTest {

    @ArchTest
    static final ArchTests domainRules = ArchTests.in(DomainRules.class);
}
