package org.neighborhoodcapital.assessments.checkup.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.assessments.AssessmentsProperties;
import org.neighborhoodcapital.assessments.checkup.domain.ModelCheckup;
import org.neighborhoodcapital.assessments.checkup.domain.ReferenceProfile;
import org.neighborhoodcapital.assessments.checkup.persistence.ModelCheckupRepository;
import org.neighborhoodcapital.assessments.common.application.Announcements;
import org.neighborhoodcapital.assessments.common.application.AssessmentMetrics;
import org.neighborhoodcapital.platform.outbox.OutboxKick;
import org.neighborhoodcapital.assessments.common.domain.CenterId;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.contracts.assessments.AssessorRole;
import org.neighborhoodcapital.contracts.assessments.OrganizationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Submitting and listing model check-ups of centers, clubs and initiative groups. */
@Service
public class ModelCheckups {

    private static final Logger log = LoggerFactory.getLogger(ModelCheckups.class);

    private final ModelCheckupRepository repository;
    private final ReferenceProfile reference;
    private final OutboxKick outbox;
    private final AssessmentMetrics metrics;
    private final Clock clock;
    private final AssessmentsProperties properties;

    public ModelCheckups(ModelCheckupRepository repository, ReferenceProfile reference, OutboxKick outbox, AssessmentMetrics metrics,
                         Clock clock, AssessmentsProperties properties) {
        this.repository = repository;
        this.reference = reference;
        this.outbox = outbox;
        this.metrics = metrics;
        this.clock = clock;
        this.properties = properties;
    }

    /** @throws DomainException (INVALID) naming every field at fault */
    public ModelCheckup submit(String centerId, OrganizationType organizationType, AssessorRole assessorRole, Instant assessedAt,
                               List<Integer> positions) {
        Instant now = clock.instant();
        ModelCheckup checkup = ModelCheckup.submit(UUID.randomUUID(), centerId, organizationType, assessorRole, assessedAt, positions,
                reference, now, properties.futureTolerance());
        repository.insert(checkup, Announcements.of(checkup.assessed()), now);
        outbox.afterWrite();
        metrics.checkup(organizationType, assessorRole);
        log.info("Model check-up {} of center {} ({}, {}): alignment {}", checkup.assessmentId(), centerId, organizationType,
                assessorRole, checkup.alignment().alignment());
        return checkup;
    }

    public List<ModelCheckup> list(String centerId) {
        CenterId.require(centerId);
        return repository.list(centerId);
    }

    public ModelCheckup get(String centerId, UUID assessmentId) {
        CenterId.require(centerId);
        return repository.find(centerId, assessmentId).orElseThrow(() -> DomainException.notFound("assessmentId",
                "no model check-up " + assessmentId + " of center " + centerId));
    }

    public ReferenceProfile reference() {
        return reference;
    }
}
