package org.neighborhoodcapital.assessments.common.application;

import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Sources;
import org.neighborhoodcapital.contracts.assessments.CenterModelAssessed;
import org.neighborhoodcapital.contracts.assessments.SubjectivityAssessed;

/**
 * Wraps the facts of the assessments service in their CloudEvents envelopes: source
 * {@link Sources#ASSESSMENTS}, time = when the participant answered (or the check-up was made),
 * subject = whom it is about (the participant, the center), id derived from the assessment id so
 * that any re-announcement of the same assessment carries the same id.
 */
public final class Announcements {

    public static Envelope<SubjectivityAssessed> of(SubjectivityAssessed fact) {
        return Envelope.withId(Envelope.deterministicId(Sources.ASSESSMENTS, "SubjectivityAssessed", fact.assessmentId().toString()),
                Sources.ASSESSMENTS, fact.answeredAt(), fact.participantId().toString(), fact);
    }

    public static Envelope<CenterModelAssessed> of(CenterModelAssessed fact) {
        return Envelope.withId(Envelope.deterministicId(Sources.ASSESSMENTS, "CenterModelAssessed", fact.assessmentId().toString()),
                Sources.ASSESSMENTS, fact.assessedAt(), fact.centerId(), fact);
    }

    private Announcements() {
    }
}
