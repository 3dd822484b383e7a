package org.neighborhoodcapital.memberships;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.neighborhoodcapital.testsupport.architecture.DomainRules;

/** The domain packages hold the rules only: no Spring, Kafka, MongoDB or Jackson types (see CONVENTIONS.md). */
@AnalyzeClasses(packages = "org.neighborhoodcapital.memberships", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainStaysFrameworkFreeTest {

    @ArchTest
    static final ArchTests domainRules = ArchTests.in(DomainRules.class);

    @ArchTest
    static final ArchRule onlyThePersonalDataAccessAndTheParticipantsServiceOpenPersonalData = noClasses()
            .that().resideOutsideOfPackages("..participant.application..", "..participant.protection..")
            .and().doNotHaveSimpleName("MembershipsConfiguration")
            .should().dependOnClassesThat().haveSimpleName("PersonalDataProtection")
            .because("personal data is decrypted in one place, where access control will be added");
}
