package org.neighborhoodcapital.reporting.profile.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.reporting.impact.domain.CenterZones;
import org.neighborhoodcapital.reporting.impact.domain.EventFacts;
import org.neighborhoodcapital.reporting.impact.domain.FunnelTimeline;
import org.neighborhoodcapital.reporting.impact.domain.MembershipFacts;
import org.neighborhoodcapital.reporting.impact.domain.ParticipantFacts;
import org.neighborhoodcapital.reporting.impact.domain.PassFacts;
import org.neighborhoodcapital.reporting.profile.domain.ParticipantProfile.Engagement;
import org.neighborhoodcapital.reporting.profile.domain.ParticipantProfile.Outcome;
import org.neighborhoodcapital.reporting.profile.domain.ParticipantProfile.OutcomeGroup;
import org.neighborhoodcapital.reporting.profile.domain.ParticipantProfile.Profile;
import org.neighborhoodcapital.reporting.profile.domain.ProfileFigures.ChangeStat;
import org.neighborhoodcapital.reporting.profile.domain.ProfileFigures.EngagementStat;
import org.neighborhoodcapital.reporting.profile.domain.ProfileFigures.ScoreStat;

/**
 * The average participant's profile of a year, exactly as the design defines it, then small cells
 * withheld. The profile covers participants who joined before the end of the year (a home center
 * gives the zone their dates are read in), are neither erased nor without research consent, and
 * either answered a self-assessment in the year or attended an event held in it.
 */
public final class ProfileCalculator {

    public static final double DAYS_PER_MONTH = 30.4375;
    public static final List<String> OUTCOME_GROUPS = List.of("<=Q1", "(Q1,Q2]", "(Q2,Q3]", ">Q3");

    private final Suppression suppression;

    public ProfileCalculator(Suppression suppression) {
        this.suppression = suppression;
    }

    /** One participant of the profile with everything the figures need. {@code first} is null without a change. */
    record Member(UUID id, String home, FunnelStage stage, long attendances, double tenureMonths, boolean activePass,
                  AssessmentFacts latest, AssessmentFacts first) {

        boolean active() {
            return attendances > 0;
        }
    }

    public ParticipantProfile compute(int year, CenterZones zones, Iterable<EventFacts> events, MembershipFacts membership,
                                      Collection<AssessmentFacts> assessments) {
        List<Member> members = members(year, zones, events, membership, assessments);
        Set<String> dimensions = new TreeSet<>();
        for (AssessmentFacts assessment : assessments) {
            dimensions.addAll(assessment.dimensionScores().keySet());
        }
        List<String> keys = ProfileFigures.figureKeys(dimensions);

        ProfileFigures network = figures(members, keys);
        Profile networkProfile = networkProfile(network, keys);
        Map<String, List<Member>> byHome = new TreeMap<>();
        Map<FunnelStage, List<Member>> byStage = new EnumMap<>(FunnelStage.class);
        for (FunnelStage stage : FunnelStage.values()) {
            byStage.put(stage, new ArrayList<>());
        }
        for (Member member : members) {
            byHome.computeIfAbsent(member.home(), h -> new ArrayList<>()).add(member);
            byStage.get(member.stage()).add(member);
        }
        Map<String, Figure<Profile>> homes = breakdown(byHome, network, keys, String::compareTo);
        Map<FunnelStage, Figure<Profile>> stages = breakdown(byStage, network, keys, Enum::compareTo);
        return new ParticipantProfile(year, suppression.k(), networkProfile, homes, stages, outcome(members));
    }

    private List<Member> members(int year, CenterZones zones, Iterable<EventFacts> events, MembershipFacts membership,
                                 Collection<AssessmentFacts> assessments) {
        Map<UUID, Long> attendances = new HashMap<>();
        for (EventFacts event : events) {
            if (event.cancelled() || LocalDate.ofInstant(event.startsAt(), zones.zoneOf(event.centerId())).getYear() != year) {
                continue;
            }
            for (UUID participant : new HashSet<>(event.attendees())) {
                attendances.merge(participant, 1L, Long::sum);
            }
        }
        Set<UUID> passHolders = new HashSet<>();
        for (PassFacts pass : membership.passes()) {
            if (pass.participantId() != null && pass.activeAtEndBefore(endOfYear(year, zones.zoneOf(pass.centerId())))) {
                passHolders.add(pass.participantId());
            }
        }
        Map<UUID, FunnelTimeline> timelines = FunnelTimeline.byParticipant(membership.funnelChanges());
        Map<UUID, List<AssessmentFacts>> byParticipant = new HashMap<>();
        for (AssessmentFacts assessment : assessments) {
            byParticipant.computeIfAbsent(assessment.participantId(), id -> new ArrayList<>()).add(assessment);
        }
        List<Member> members = new ArrayList<>();
        for (ParticipantFacts participant : membership.participants()) {
            if (participant.excluded() || !participant.joined()) {
                continue;
            }
            ZoneId zone = zones.zoneOf(participant.homeCenterId());
            Instant end = endOfYear(year, zone);
            if (!participant.joinedAt().isBefore(end)) {
                continue;
            }
            List<AssessmentFacts> own = new ArrayList<>(byParticipant.getOrDefault(participant.participantId(), List.of()));
            own.sort(AssessmentFacts.CHRONOLOGICAL);
            AssessmentFacts latest = null;
            for (AssessmentFacts assessment : own) {
                if (LocalDate.ofInstant(assessment.answeredAt(), zone).getYear() == year) {
                    latest = assessment;
                }
            }
            long attended = attendances.getOrDefault(participant.participantId(), 0L);
            if (latest == null && attended == 0) {
                continue;
            }
            AssessmentFacts first = latest != null && own.getFirst().answeredAt().isBefore(latest.answeredAt()) ? own.getFirst() : null;
            long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(participant.joinedAt(), zone), LocalDate.of(year + 1, 1, 1));
            members.add(new Member(participant.participantId(), participant.homeCenterId(),
                    timelines.getOrDefault(participant.participantId(), FunnelTimeline.empty()).stageBefore(end),
                    attended, days / DAYS_PER_MONTH, passHolders.contains(participant.participantId()), latest, first));
        }
        return members;
    }

    private static Instant endOfYear(int year, ZoneId zone) {
        return LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
    }

    /** The unsuppressed figures of a group. */
    static ProfileFigures figures(List<Member> group, List<String> keys) {
        Map<String, ScoreStat> scores = new LinkedHashMap<>();
        Map<String, ChangeStat> changes = new LinkedHashMap<>();
        for (String key : keys) {
            List<Double> latest = new ArrayList<>();
            List<Double> change = new ArrayList<>();
            for (Member member : group) {
                Double score = member.latest() == null ? null : member.latest().score(key);
                if (score == null) {
                    continue;
                }
                latest.add(score);
                Double before = member.first() == null ? null : member.first().score(key);
                if (before != null) {
                    change.add(score - before);
                }
            }
            scores.put(key, scoreStat(toArray(latest)));
            changes.put(key, changeStat(toArray(change)));
        }
        List<Member> active = group.stream().filter(Member::active).toList();
        double[] attended = active.stream().mapToDouble(Member::attendances).toArray();
        double[] tenure = active.stream().mapToDouble(Member::tenureMonths).toArray();
        Map<FunnelStage, Long> funnel = new EnumMap<>(FunnelStage.class);
        for (FunnelStage stage : FunnelStage.values()) {
            funnel.put(stage, active.stream().filter(m -> m.stage() == stage).count());
        }
        long passHolders = active.stream().filter(Member::activePass).count();
        EngagementStat engagement = new EngagementStat(active.size(), Statistics.mean(attended), Statistics.median(attended),
                Statistics.mean(tenure), active.isEmpty() ? null : (double) passHolders / active.size(), funnel);
        return new ProfileFigures(group.size(), scores, changes, engagement);
    }

    private static ScoreStat scoreStat(double[] values) {
        Statistics.Interval ci = Statistics.ci95(values);
        return new ScoreStat(values.length, Statistics.mean(values), Statistics.sampleSd(values),
                ci == null ? null : ci.low(), ci == null ? null : ci.high());
    }

    private static ChangeStat changeStat(double[] values) {
        Statistics.Interval ci = Statistics.ci95(values);
        long improved = 0;
        long declined = 0;
        for (double v : values) {
            if (v > 0) {
                improved++;
            } else if (v < 0) {
                declined++;
            }
        }
        int n = values.length;
        return new ChangeStat(n, Statistics.mean(values), Statistics.sampleSd(values), ci == null ? null : ci.low(),
                ci == null ? null : ci.high(), n == 0 ? null : (double) improved / n, n == 0 ? null : (double) declined / n);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private Profile networkProfile(ProfileFigures network, List<String> keys) {
        Map<String, Figure<ScoreStat>> scores = new LinkedHashMap<>();
        Map<String, Figure<ChangeStat>> changes = new LinkedHashMap<>();
        for (String key : keys) {
            scores.put(key, Figure.of(network.scores().get(key), suppression.small(network.scores().get(key).n())));
            changes.put(key, Figure.of(network.changes().get(key), suppression.small(network.changes().get(key).n())));
        }
        EngagementStat e = network.engagement();
        Set<FunnelStage> withheldStages = suppression.withheld(e.funnel(), Set.of(), true);
        return new Profile(network.participants(), scores, changes, Figure.shown(engagement(e, withheldStages)));
    }

    private static Engagement engagement(EngagementStat e, Set<FunnelStage> withheldStages) {
        Map<FunnelStage, Figure<Long>> funnel = new EnumMap<>(FunnelStage.class);
        e.funnel().forEach((stage, n) -> funnel.put(stage, Figure.of(n, withheldStages.contains(stage))));
        return new Engagement(e.n(), e.meanAttendances(), e.medianAttendances(), e.meanTenureMonths(), e.activePassShare(), funnel);
    }

    /**
     * A breakdown's cells, each withheld when over fewer than k participants (with its complement), then
     * each figure across the cells the same way (its total is the network's figure), and the funnel
     * counts as a table whose rows are the cells and whose column totals are the network's counts.
     */
    private <K extends Comparable<K>> Map<K, Figure<Profile>> breakdown(Map<K, List<Member>> groups, ProfileFigures network,
                                                                      List<String> keys, java.util.Comparator<K> order) {
        Map<K, ProfileFigures> cells = new LinkedHashMap<>();
        groups.forEach((cell, members) -> cells.put(cell, figures(members, keys)));
        Set<K> cellWithheld = suppression.withheld(counts(cells, ProfileFigures::participants), Set.of(), true);

        Map<String, Set<K>> scoreWithheld = new HashMap<>();
        Map<String, Set<K>> changeWithheld = new HashMap<>();
        for (String key : keys) {
            scoreWithheld.put(key, suppression.withheld(counts(cells, f -> f.scores().get(key).n()), cellWithheld,
                    !suppression.small(network.scores().get(key).n())));
            changeWithheld.put(key, suppression.withheld(counts(cells, f -> f.changes().get(key).n()), cellWithheld,
                    !suppression.small(network.changes().get(key).n())));
        }
        Set<K> engagementWithheld = suppression.withheld(counts(cells, f -> f.engagement().n()), cellWithheld, true);
        Map<K, Set<FunnelStage>> funnelWithheld = funnelTable(cells, engagementWithheld, network);

        Map<K, Figure<Profile>> result = new LinkedHashMap<>();
        cells.keySet().stream().sorted(order).forEach(cell -> {
            ProfileFigures f = cells.get(cell);
            if (cellWithheld.contains(cell)) {
                result.put(cell, Figure.withheld());
                return;
            }
            Map<String, Figure<ScoreStat>> scores = new LinkedHashMap<>();
            Map<String, Figure<ChangeStat>> changes = new LinkedHashMap<>();
            for (String key : keys) {
                scores.put(key, Figure.of(f.scores().get(key), scoreWithheld.get(key).contains(cell)));
                changes.put(key, Figure.of(f.changes().get(key), changeWithheld.get(key).contains(cell)));
            }
            result.put(cell, Figure.shown(new Profile(f.participants(), scores, changes,
                    Figure.of(engagement(f.engagement(), funnelWithheld.get(cell)), engagementWithheld.contains(cell)))));
        });
        return result;
    }

    /** Withholds funnel counts row by row and column by column until nothing more needs withholding. */
    private <K extends Comparable<K>> Map<K, Set<FunnelStage>> funnelTable(Map<K, ProfileFigures> cells, Set<K> rowsWithheld,
                                                                          ProfileFigures network) {
        Set<FunnelStage> networkWithheld = suppression.withheld(network.engagement().funnel(), Set.of(), true);
        Map<K, Set<FunnelStage>> withheld = new HashMap<>();
        cells.keySet().forEach(cell -> withheld.put(cell, rowsWithheld.contains(cell)
                ? new HashSet<>(List.of(FunnelStage.values())) : new HashSet<>()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (K cell : cells.keySet()) {
                Set<FunnelStage> row = suppression.withheld(cells.get(cell).engagement().funnel(), withheld.get(cell), true);
                changed |= withheld.get(cell).addAll(row);
            }
            for (FunnelStage stage : FunnelStage.values()) {
                Map<K, Long> column = new HashMap<>();
                Set<K> forced = new HashSet<>();
                cells.forEach((cell, f) -> {
                    column.put(cell, f.engagement().funnel().get(stage));
                    if (withheld.get(cell).contains(stage)) {
                        forced.add(cell);
                    }
                });
                for (K cell : suppression.withheld(column, forced, !networkWithheld.contains(stage))) {
                    changed |= withheld.get(cell).add(stage);
                }
            }
        }
        return withheld;
    }

    private static <K> Map<K, Long> counts(Map<K, ProfileFigures> cells, Function<ProfileFigures, Long> n) {
        Map<K, Long> counts = new HashMap<>();
        cells.forEach((cell, figures) -> counts.put(cell, n.apply(figures)));
        return counts;
    }

    /** Participants with an SI change, grouped by their attendances in the year around the quartiles of those attendances. */
    Figure<Outcome> outcome(List<Member> members) {
        List<Member> changed = new ArrayList<>();
        for (Member member : members) {
            if (member.first() != null && member.first().subjectivityIndex() != null && member.latest().subjectivityIndex() != null) {
                changed.add(member);
            }
        }
        double[] attended = changed.stream().mapToDouble(Member::attendances).toArray();
        Statistics.Quartiles q = Statistics.quartiles(attended);
        Map<String, List<Double>> groups = new LinkedHashMap<>();
        OUTCOME_GROUPS.forEach(g -> groups.put(g, new ArrayList<>()));
        for (Member member : changed) {
            double a = member.attendances();
            String group = a <= q.q1() ? OUTCOME_GROUPS.get(0) : a <= q.q2() ? OUTCOME_GROUPS.get(1)
                    : a <= q.q3() ? OUTCOME_GROUPS.get(2) : OUTCOME_GROUPS.get(3);
            groups.get(group).add(member.latest().subjectivityIndex() - member.first().subjectivityIndex());
        }
        Map<String, Long> counts = new HashMap<>();
        groups.forEach((g, values) -> counts.put(g, (long) values.size()));
        boolean totalShown = !suppression.small(changed.size());
        Set<String> withheld = suppression.withheld(counts, Set.of(), totalShown);
        Map<String, Figure<OutcomeGroup>> figures = new LinkedHashMap<>();
        groups.forEach((g, values) -> figures.put(g, Figure.of(
                new OutcomeGroup(values.size(), Statistics.mean(toArray(values))), withheld.contains(g))));
        return Figure.of(new Outcome(changed.size(), q, figures), !totalShown);
    }
}
