package org.neighborhoodcapital.assessments;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.neighborhoodcapital.testsupport.architecture.DomainRules;

/**
 * The domain packages hold the rules only: no Spring, Kafka, MongoDB or Jackson types (see CONVENTIONS.md);
 * here the instrument catalog and the participant directory are adapters too.
 */
@AnalyzeClasses(packages = "org.neighborhoodcapital.assessments", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainStaysFrameworkFreeTest {

    @ArchTest
    static final ArchRule domainHasNoFrameworkTypes = DomainRules.domainIsFrameworkFree();

    @ArchTest
    static final ArchRule domainDoesNotReachIntoAdapters = DomainRules.domainDoesNotReachIntoAdapters("..catalog..", "..directory..");
}
