package org.neighborhoodcapital.assessments;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.neighborhoodcapital.assessments.checkup.catalog.ModelScalesJson;
import org.neighborhoodcapital.assessments.checkup.domain.ModelScales;
import org.neighborhoodcapital.assessments.checkup.domain.ReferenceProfile;
import org.neighborhoodcapital.assessments.checkup.persistence.ModelCheckupRepository;
import org.neighborhoodcapital.assessments.instrument.catalog.InstrumentFiles;
import org.neighborhoodcapital.assessments.instrument.domain.InstrumentCatalog;
import org.neighborhoodcapital.assessments.subjectivity.persistence.SelfAssessmentRepository;
import org.neighborhoodcapital.platform.outbox.OutboxCollection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Wiring of the assessments service: its settings and clock, the instrument versions and model
 * scales read from data files, the reference profile, and the collections whose documents carry
 * outbox records.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssessmentsProperties.class)
public class AssessmentsConfiguration {

    /** Milliseconds: what MongoDB stores of an instant, so that what we answer is what we read back later. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.system(ZoneOffset.UTC), Duration.ofMillis(1));
    }

    @Bean
    InstrumentCatalog instrumentCatalog(ResourceLoader resources, AssessmentsProperties properties) {
        return InstrumentFiles.load(ResourcePatternUtils.getResourcePatternResolver(resources), properties.instruments().locations());
    }

    @Bean
    ModelScales modelScales(ResourceLoader resources, AssessmentsProperties properties) {
        return ModelScalesJson.read(resources.getResource(properties.model().scalesLocation()));
    }

    @Bean
    ReferenceProfile referenceProfile(AssessmentsProperties properties) {
        return new ReferenceProfile(properties.model().reference());
    }

    @Bean
    OutboxCollection selfAssessmentsOutbox() {
        return new OutboxCollection(SelfAssessmentRepository.COLLECTION);
    }

    @Bean
    OutboxCollection modelCheckupsOutbox() {
        return new OutboxCollection(ModelCheckupRepository.COLLECTION);
    }
}
