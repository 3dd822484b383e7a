package org.neighborhoodcapital.reporting.profile.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;

/**
 * The unsuppressed figures of one group of participants (the network, a home center, a funnel stage).
 *
 * @param participants participants in the group: assessed in the year or active in it
 * @param scores       per dimension and for {@link #SUBJECTIVITY_INDEX}: latest score in the year
 * @param changes      the same keys: latest in the year − first ever
 * @param engagement   over the group's participants active in the year
 */
public record ProfileFigures(long participants, Map<String, ScoreStat> scores, Map<String, ChangeStat> changes,
                             EngagementStat engagement) {

    public static final String SUBJECTIVITY_INDEX = "subjectivityIndex";
    /** Instrument v1's dimensions, in its order; other versions' dimensions follow alphabetically. */
    public static final List<String> V1_DIMENSIONS =
            List.of("BELONGING", "AGENCY", "RESPONSIBILITY", "COOPERATION", "INITIATIVE", "LEADERSHIP", "OPENNESS");

    /** Mean, SD and 95% CI of the latest scores in the year over {@code n} participants (null where undefined). */
    public record ScoreStat(long n, Double mean, Double sd, Double ciLow, Double ciHigh) {
    }

    /** Mean change, its 95% CI, and the shares with change &gt; 0 and &lt; 0, over {@code n} participants. */
    public record ChangeStat(long n, Double mean, Double sd, Double ciLow, Double ciHigh,
                             Double shareImproved, Double shareDeclined) {
    }

    /**
     * Engagement over {@code n} participants active in the year. {@code tenureN} of them have a join date
     * (all, since the profile covers joined participants only).
     */
    public record EngagementStat(long n, Double meanAttendances, Double medianAttendances, Double meanTenureMonths,
                                 Double activePassShare, Map<FunnelStage, Long> funnel) {
    }

    /** Every figure key (dimensions in instrument order, then the index) found among the given dimension names. */
    public static List<String> figureKeys(Collection<String> dimensions) {
        List<String> keys = new java.util.ArrayList<>();
        TreeSet<String> others = new TreeSet<>(dimensions);
        for (String dimension : V1_DIMENSIONS) {
            keys.add(dimension);
            others.remove(dimension);
        }
        keys.addAll(others);
        keys.add(SUBJECTIVITY_INDEX);
        return keys;
    }
}
