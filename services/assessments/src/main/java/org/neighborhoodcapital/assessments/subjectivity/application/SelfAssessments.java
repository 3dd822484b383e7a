package org.neighborhoodcapital.assessments.subjectivity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neighborhoodcapital.assessments.AssessmentsProperties;
import org.neighborhoodcapital.assessments.common.application.Announcements;
import org.neighborhoodcapital.assessments.common.application.AssessmentMetrics;
import org.neighborhoodcapital.platform.outbox.OutboxKick;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.assessments.instrument.domain.Instrument;
import org.neighborhoodcapital.assessments.instrument.domain.InstrumentCatalog;
import org.neighborhoodcapital.assessments.participants.domain.ParticipantDirectory;
import org.neighborhoodcapital.assessments.participants.persistence.ErasedParticipants;
import org.neighborhoodcapital.assessments.subjectivity.domain.SelfAssessment;
import org.neighborhoodcapital.assessments.subjectivity.persistence.SelfAssessmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Submitting and listing participants' self-assessments. */
@Service
public class SelfAssessments {

    private static final Logger log = LoggerFactory.getLogger(SelfAssessments.class);

    private final InstrumentCatalog instruments;
    private final SelfAssessmentRepository repository;
    private final ParticipantDirectory participants;
    private final ErasedParticipants erased;
    private final OutboxKick outbox;
    private final AssessmentMetrics metrics;
    private final Clock clock;
    private final Duration futureTolerance;

    public SelfAssessments(InstrumentCatalog instruments, SelfAssessmentRepository repository, ParticipantDirectory participants,
                           ErasedParticipants erased, OutboxKick outbox, AssessmentMetrics metrics, Clock clock,
                           AssessmentsProperties properties) {
        this.instruments = instruments;
        this.repository = repository;
        this.participants = participants;
        this.erased = erased;
        this.outbox = outbox;
        this.metrics = metrics;
        this.clock = clock;
        this.futureTolerance = properties.futureTolerance();
    }

    /**
     * Scores and stores a self-assessment with its SubjectivityAssessed record (one write).
     *
     * @throws DomainException INVALID (missing version, bad answers, too few for the index, answeredAt in the
     *         future), UNPROCESSABLE (unknown version or participant), GONE (participant erased)
     */
    public SelfAssessment submit(UUID participantId, String instrumentVersion, Instant answeredAt, Map<String, Integer> answers) {
        Instant now = clock.instant();
        if (instrumentVersion == null) {
            throw DomainException.invalid("instrumentVersion", "is required");
        }
        Instrument instrument = instruments.version(instrumentVersion).orElseThrow(() -> DomainException.unprocessable("instrumentVersion",
                "no subjectivity instrument version " + instrumentVersion + "; there are "
                        + instruments.all().stream().map(Instrument::version).toList()));
        SelfAssessment assessment = SelfAssessment.submit(UUID.randomUUID(), participantId, instrument, answeredAt, answers, now, futureTolerance);
        refuseErased(participantId);
        if (!participants.isKnown(participantId)) {
            throw DomainException.unprocessable("participantId", "no participant " + participantId);
        }
        repository.insert(assessment, Announcements.of(assessment.assessed()), now);
        if (erased.isErased(participantId)) {
            // the erasure arrived between the check and the insert, and may have deleted before it
            repository.delete(assessment.assessmentId());
            throw erasedParticipant(participantId);
        }
        outbox.afterWrite();
        metrics.submitted(instrument.version());
        log.info("Self-assessment {} scored with instrument version {}", assessment.assessmentId(), instrument.version());
        return assessment;
    }

    /** A participant's assessments by answer time. */
    public List<SelfAssessment> list(UUID participantId) {
        refuseErased(participantId);
        return repository.list(participantId);
    }

    public SelfAssessment get(UUID participantId, UUID assessmentId) {
        refuseErased(participantId);
        return repository.find(participantId, assessmentId).orElseThrow(() -> DomainException.notFound("assessmentId",
                "no self-assessment " + assessmentId + " of participant " + participantId));
    }

    private void refuseErased(UUID participantId) {
        if (erased.isErased(participantId)) {
            throw erasedParticipant(participantId);
        }
    }

    private static DomainException erasedParticipant(UUID participantId) {
        return DomainException.gone("participantId", "participant " + participantId + " was erased");
    }
}
