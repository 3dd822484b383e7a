package org.neighborhoodcapital.platform.domain;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.neighborhoodcapital.testsupport.architecture.DomainRules;

/** The platform's domain types are thrown by every service's domain, so they obey the same rules. */
@AnalyzeClasses(packages = "org.neighborhoodcapital.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainStaysFrameworkFreeTest {

    @ArchTest
    static final ArchTests domainRules = ArchTests.in(DomainRules.class);
}
