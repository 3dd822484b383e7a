package org.neighborhoodcapital.reporting.impact.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.reporting.impact.ImpactView;
import org.neighborhoodcapital.reporting.impact.domain.Benchmark;
import org.neighborhoodcapital.reporting.impact.domain.CenterImpact;
import org.neighborhoodcapital.reporting.impact.domain.CenterMembership;
import org.neighborhoodcapital.reporting.impact.domain.FunnelFigures;
import org.neighborhoodcapital.reporting.impact.domain.ImpactFigures;
import org.neighborhoodcapital.reporting.impact.domain.ModelAlignment;
import org.neighborhoodcapital.reporting.impact.domain.NetworkMembership;

/** The JSON body of {@code GET /api/reports/impact/{year}}. */
public record ImpactReportResponse(
        int year,
        Instant generatedAt,
        long dataVersion,
        Network network,
        List<Center> centers) {

    /**
     * Network-wide figures; {@code uniqueParticipants}, {@code returningParticipants} and
     * {@code newParticipants} are distinct across centers, {@code centers} counts the centers with any
     * activity in the year, {@code fourStepStages} how many of them reached each stage,
     * {@code meanModelPositions} the mean position on each of the ten scales over the centers' latest
     * check-ups in the year (null without any), {@code benchmark} per center KPI the median, Q1 and Q3
     * across the listed centers (null when no center has a value).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS) // selfSufficiency / currency are null, not absent, when undefined
    public record Network(long eventsHeld, long residentLedEvents, long attendances, long uniqueParticipants,
                          long returningParticipants, Map<String, Long> initiativesLaunched, int centers,
                          long newParticipants, Funnel funnel, NetworkPasses passes, Double selfSufficiency,
                          Map<String, Long> fourStepStages, List<Double> meanModelPositions,
                          // a KPI no center has a value for is listed as null
                          @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
                          Map<String, Benchmark> benchmark) {
    }

    /** One center's figures, dates read in {@code timezone}. */
    @JsonInclude(JsonInclude.Include.ALWAYS) // selfSufficiency / currency are null, not absent, when undefined
    public record Center(String centerId, String timezone, long eventsHeld, long residentLedEvents, long attendances,
                         long uniqueParticipants, long returningParticipants, Map<String, Long> initiativesLaunched,
                         long newParticipants, Funnel funnel, CenterPasses passes, Double selfSufficiency,
                         int fourStepStage, Double modelAlignment) {
    }

    /** Participants at each stage at the end of the year (every stage listed), and the steps dated in the year. */
    public record Funnel(Map<String, Long> distribution, List<Transition> transitions) {
    }

    public record Transition(String from, String to, long count) {
    }

    /** A center's passes; {@code revenueMinor} in {@code currency} (null when the center has neither budget nor revenue). */
    @JsonInclude(JsonInclude.Include.ALWAYS) // selfSufficiency / currency are null, not absent, when undefined
    public record CenterPasses(long activeAtYearEnd, long sold, long renewed, long revenueMinor, String currency) {
    }

    /** The network's passes, revenue in minor units per currency. */
    public record NetworkPasses(long activeAtYearEnd, long sold, long renewed, Map<String, Long> revenueMinor) {
    }

    public static ImpactReportResponse of(ImpactView view) {
        ImpactFigures n = view.report().network();
        NetworkMembership m = view.report().networkMembership();
        Map<String, Long> stages = new LinkedHashMap<>();
        m.fourStepStages().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> stages.put(String.valueOf(e.getKey()), e.getValue()));
        Network network = new Network(n.eventsHeld(), n.residentLedEvents(), n.attendances(), n.uniqueParticipants(),
                n.returningParticipants(), byType(n), view.report().activeCenters(),
                m.newParticipants(), funnel(m.funnel()),
                new NetworkPasses(m.passes().activeAtYearEnd(), m.passes().sold(), m.passes().renewed(),
                        new LinkedHashMap<>(new java.util.TreeMap<>(m.passes().revenueByCurrency()))),
                m.selfSufficiency(), stages, view.model().networkMeanPositions(), view.benchmark());
        List<Center> centers = view.report().centers().stream().map(c -> center(c, view.model())).toList();
        return new ImpactReportResponse(view.report().year(), view.generatedAt(), view.dataVersion(), network, centers);
    }

    private static Center center(CenterImpact center, ModelAlignment model) {
        ImpactFigures f = center.figures();
        CenterMembership m = center.membership();
        return new Center(center.centerId(), center.timezone().getId(), f.eventsHeld(), f.residentLedEvents(),
                f.attendances(), f.uniqueParticipants(), f.returningParticipants(), byType(f),
                m.newParticipants(), funnel(m.funnel()),
                new CenterPasses(m.passes().activeAtYearEnd(), m.passes().sold(), m.passes().renewed(), m.revenueMinor(), m.currency()),
                m.selfSufficiency(), m.fourStepStage(), model.alignmentOf(center.centerId()));
    }

    private static Funnel funnel(FunnelFigures funnel) {
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (FunnelStage stage : FunnelStage.values()) {
            distribution.put(stage.name(), funnel.at(stage));
        }
        return new Funnel(distribution, funnel.transitions().stream()
                .map(t -> new Transition(t.from().name(), t.to().name(), t.count())).toList());
    }

    /** Every initiative type, in catalog order, 0 when none. */
    private static Map<String, Long> byType(ImpactFigures figures) {
        Map<String, Long> byType = new LinkedHashMap<>();
        for (InitiativeType type : InitiativeType.values()) {
            byType.put(type.name(), figures.initiativesLaunched(type));
        }
        return byType;
    }
}
