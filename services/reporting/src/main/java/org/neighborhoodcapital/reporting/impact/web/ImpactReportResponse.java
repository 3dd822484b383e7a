package org.neighborhoodcapital.reporting.impact.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.reporting.impact.ImpactView;
import org.neighborhoodcapital.reporting.impact.domain.CenterImpact;
import org.neighborhoodcapital.reporting.impact.domain.ImpactFigures;

/** The JSON body of {@code GET /api/reports/impact/{year}}. */
public record ImpactReportResponse(
        int year,
        Instant generatedAt,
        long dataVersion,
        Network network,
        List<Center> centers) {

    /**
     * Network-wide figures; {@code uniqueParticipants} and {@code returningParticipants} are distinct
     * across centers, {@code centers} counts the centers with any activity in the year.
     */
    public record Network(long eventsHeld, long residentLedEvents, long attendances, long uniqueParticipants,
                          long returningParticipants, Map<String, Long> initiativesLaunched, int centers) {
    }

    /** One center's figures, dates read in {@code timezone}. */
    public record Center(String centerId, String timezone, long eventsHeld, long residentLedEvents, long attendances,
                         long uniqueParticipants, long returningParticipants, Map<String, Long> initiativesLaunched) {
    }

    static ImpactReportResponse of(ImpactView view) {
        ImpactFigures n = view.report().network();
        Network network = new Network(n.eventsHeld(), n.residentLedEvents(), n.attendances(), n.uniqueParticipants(),
                n.returningParticipants(), byType(n), view.report().activeCenters());
        List<Center> centers = view.report().centers().stream().map(ImpactReportResponse::center).toList();
        return new ImpactReportResponse(view.report().year(), view.generatedAt(), view.dataVersion(), network, centers);
    }

    private static Center center(CenterImpact center) {
        ImpactFigures f = center.figures();
        return new Center(center.centerId(), center.timezone().getId(), f.eventsHeld(), f.residentLedEvents(),
                f.attendances(), f.uniqueParticipants(), f.returningParticipants(), byType(f));
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
