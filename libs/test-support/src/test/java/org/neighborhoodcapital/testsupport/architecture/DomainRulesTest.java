package org.neighborhoodcapital.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.testsupport.fixtures.architecture.domain.PlainRule;
import org.neighborhoodcapital.testsupport.fixtures.architecture.domain.SpringInTheDomain;
import org.neighborhoodcapital.testsupport.fixtures.architecture.domain.WebInTheDomain;
import org.neighborhoodcapital.testsupport.fixtures.architecture.web.Adapter;

/** The shared architecture rules pass a plain domain and catch each kind of leak (so a service's rule test can fail). */
class DomainRulesTest {

    private static final ClassFileImporter IMPORTER = new ClassFileImporter();

    @Test
    void aPlainJavaDomainPassesBothRules() {
        JavaClasses classes = IMPORTER.importClasses(PlainRule.class, Adapter.class);

        assertThat(DomainRules.domainIsFrameworkFree().evaluate(classes).hasViolation()).isFalse();
        assertThat(DomainRules.domainDoesNotReachIntoAdapters().evaluate(classes).hasViolation()).isFalse();
    }

    @Test
    void aSpringTypeInTheDomainIsReportedWithTheClass() {
        var result = DomainRules.domainIsFrameworkFree().evaluate(IMPORTER.importClasses(SpringInTheDomain.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(SpringInTheDomain.class.getName())
                && line.contains("org.springframework.util.StringUtils"));
    }

    @Test
    void aDomainThatReachesIntoAnAdapterIsReported() {
        var result = DomainRules.domainDoesNotReachIntoAdapters().evaluate(IMPORTER.importClasses(WebInTheDomain.class, Adapter.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(Adapter.class.getName()));
    }

    @Test
    void morePackagesNamedAsAdaptersAreForbiddenToo() {
        JavaClasses usesJavaUtil = IMPORTER.importClasses(PlainRule.class);

        assertThat(DomainRules.domainDoesNotReachIntoAdapters().evaluate(usesJavaUtil).hasViolation()).isFalse();
        assertThat(DomainRules.domainDoesNotReachIntoAdapters("java.util..").evaluate(usesJavaUtil).hasViolation()).isTrue();
    }
}
