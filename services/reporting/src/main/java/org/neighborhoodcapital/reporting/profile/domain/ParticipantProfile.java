package org.neighborhoodcapital.reporting.profile.domain;

import java.util.Map;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.reporting.profile.domain.ProfileFigures.ChangeStat;
import org.neighborhoodcapital.reporting.profile.domain.ProfileFigures.ScoreStat;

/**
 * The average participant's profile of a year, small cells withheld (k = {@code suppressionK}).
 *
 * @param network              every participant of the profile
 * @param byHomeCenter         the same figures per home center (sorted by id)
 * @param byFunnelStage        per funnel stage at the end of the year (every stage listed)
 * @param participationOutcome mean SI change by attendance quartile group
 */
public record ParticipantProfile(int year, int suppressionK, Profile network, Map<String, Figure<Profile>> byHomeCenter,
                                 Map<FunnelStage, Figure<Profile>> byFunnelStage, Figure<Outcome> participationOutcome) {

    /** One group's figures; score and change keys are the dimensions then {@code subjectivityIndex}. */
    public record Profile(long participants, Map<String, Figure<ScoreStat>> scores,
                          Map<String, Figure<ChangeStat>> changes, Figure<Engagement> engagement) {
    }

    public record Engagement(long n, Double meanAttendances, Double medianAttendances, Double meanTenureMonths,
                             Double activePassShare, Map<FunnelStage, Figure<Long>> funnel) {
    }

    /**
     * Participants with an SI change grouped by attendances in the year: {@code "<=Q1"}, {@code "(Q1,Q2]"},
     * {@code "(Q2,Q3]"}, {@code ">Q3"} (quartiles of those participants' attendances, type 7). Withheld as a
     * whole when fewer than k participants have an SI change; each group over fewer than k is withheld too.
     */
    public record Outcome(long n, Statistics.Quartiles quartiles, Map<String, Figure<OutcomeGroup>> groups) {
    }

    public record OutcomeGroup(long n, Double meanSiChange) {
    }
}
