package org.neighborhoodcapital.assessments.participants.application;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.assessments.common.application.AssessmentMetrics;
import org.neighborhoodcapital.assessments.participants.domain.Erasure;
import org.neighborhoodcapital.assessments.participants.persistence.ErasedParticipants;
import org.neighborhoodcapital.assessments.subjectivity.persistence.SelfAssessmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Forgets erased participants: first a tombstone (so that no new assessment is taken), then every
 * assessment of theirs is deleted, with any record of it not yet published. Both steps are
 * idempotent, so a replayed erasure changes nothing; a submission racing with an erasure checks the
 * tombstone again after its insert (see {@code SelfAssessments}).
 */
@Service
public class ParticipantErasures {

    private static final Logger log = LoggerFactory.getLogger(ParticipantErasures.class);

    private final ErasedParticipants tombstones;
    private final SelfAssessmentRepository assessments;
    private final AssessmentMetrics metrics;
    private final Clock clock;

    public ParticipantErasures(ErasedParticipants tombstones, SelfAssessmentRepository assessments, AssessmentMetrics metrics, Clock clock) {
        this.tombstones = tombstones;
        this.assessments = assessments;
        this.metrics = metrics;
        this.clock = clock;
    }

    public void forget(Collection<Erasure> erasures) {
        if (erasures.isEmpty()) {
            return;
        }
        tombstones.record(erasures, clock.instant());
        List<UUID> participants = erasures.stream().map(Erasure::participantId).distinct().toList();
        long deleted = assessments.deleteAllOf(participants);
        metrics.erased(deleted);
        log.info("Erasure of {} participant(s) applied: {} self-assessment(s) deleted", participants.size(), deleted);
    }
}
