package org.neighborhoodcapital.reporting.closing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Sources;
import org.neighborhoodcapital.contracts.reporting.ImpactReportClosed;
import org.neighborhoodcapital.platform.outbox.OutboxKick;
import org.neighborhoodcapital.platform.web.ProblemException;
import org.neighborhoodcapital.reporting.closing.domain.ContentHash;
import org.neighborhoodcapital.reporting.closing.domain.LateArrivals;
import org.neighborhoodcapital.reporting.closing.domain.ReportRevision;
import org.neighborhoodcapital.reporting.closing.persistence.RevisionStore;
import org.neighborhoodcapital.reporting.impact.ImpactReports;
import org.neighborhoodcapital.reporting.impact.ImpactView;
import org.neighborhoodcapital.reporting.impact.web.ImpactReportResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Closing a year: the impact report's figures (the JSON the GET serves, without {@code generatedAt} and
 * {@code dataVersion}) frozen as canonical JSON with a SHA-256 content hash, as revision 1, 2, … — a new revision
 * only when the figures changed. Serves the latest or a given revision, or the live computation, each with the
 * year's status and its late arrivals.
 */
@Service
public class ImpactReportRevisions {

    private static final Logger log = LoggerFactory.getLogger(ImpactReportRevisions.class);
    private static final List<String> VOLATILE = List.of("generatedAt", "dataVersion");
    private static final int ATTEMPTS = 5;

    private final ImpactReports reports;
    private final RevisionStore store;
    private final JsonMapper json;
    private final OutboxKick outbox;
    private final Clock clock;
    private final Map<Integer, Object> closeLocks = new ConcurrentHashMap<>();
    private volatile RenderedView rendered;

    public ImpactReportRevisions(ImpactReports reports, RevisionStore store, JsonMapper json, OutboxKick outbox,
                                 ObjectProvider<Clock> clock) {
        this.reports = reports;
        this.store = store;
        this.json = json;
        this.outbox = outbox;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The revision a close made ({@code created}) or found unchanged. */
    public record Closed(ReportRevision revision, boolean created) {
    }

    /**
     * Freezes the current figures of {@code year} unless the latest revision holds the same ones. Another instance
     * closing at the same moment cannot create the same revision number (the insert of an existing id fails): the
     * loser looks again.
     */
    public Closed close(int year, String closedBy) {
        synchronized (closeLocks.computeIfAbsent(year, y -> new Object())) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                ImpactView view = reports.report(year);
                String figures = canonical(figures(view));
                String hash = ContentHash.of(figures);
                Optional<ReportRevision> latest = store.latest(year);
                if (latest.isPresent() && latest.get().contentHash().equals(hash)) {
                    return new Closed(latest.get(), false);
                }
                int next = latest.map(r -> r.revision() + 1).orElse(1);
                Instant now = clock.instant();
                ReportRevision revision = new ReportRevision(year, next, hash, now, closedBy, view.generatedAt(),
                        view.dataVersion(), figures);
                Envelope<ImpactReportClosed> announcement = Envelope.withId(
                        Envelope.deterministicId("impact-report-closed", Integer.toString(year), Integer.toString(next)),
                        Sources.REPORTING, now, "impact-report/" + year, new ImpactReportClosed(year, next, hash, now));
                if (store.insert(revision, announcement)) {
                    outbox.afterWrite();
                    log.info("Closed impact report year={} revision={} contentHash={} dataVersion={}", year, next, hash, view.dataVersion());
                    return new Closed(revision, true);
                }
                log.info("Impact report year={} revision={} was closed concurrently; looking again", year, next);
            }
            throw new ProblemException(HttpStatus.CONFLICT, "year: closing kept racing with other closes; try again",
                    List.of(org.neighborhoodcapital.platform.web.FieldError.of("year", "closing kept racing with other closes; try again")));
        }
    }

    /**
     * The body of {@code GET /api/reports/impact/{year}}: revision {@code revision} when given (404 naming
     * {@code revision} when absent), the live computation when {@code live} or when the year was never closed,
     * else the latest revision.
     */
    public ObjectNode view(int year, Integer revision, boolean live) {
        return view(year, revision, live, Duration.ZERO);
    }

    /** As {@link #view(int, Integer, boolean)}, accepting live figures computed at most {@code maxStale} ago. */
    public ObjectNode view(int year, Integer revision, boolean live, Duration maxStale) {
        Optional<ReportRevision> latest = store.latest(year);
        if (revision != null) {
            ReportRevision found = store.find(year, revision).orElseThrow(() -> ProblemException.notFound("revision",
                    "year " + year + " has no revision " + revision
                            + (latest.isPresent() ? " (latest is " + latest.get().revision() + ")" : " (never closed)")));
            return closed(found, latest.orElseThrow(), maxStale);
        }
        if (live || latest.isEmpty()) {
            return live(year, latest, maxStale);
        }
        return closed(latest.get(), latest.get(), maxStale);
    }

    private ObjectNode closed(ReportRevision revision, ReportRevision latest, Duration maxStale) {
        ObjectNode body = json.createObjectNode();
        body.put("year", revision.year());
        body.put("status", "closed");
        body.put("revision", revision.revision());
        body.put("latestRevision", latest.revision());
        body.put("contentHash", revision.contentHash());
        body.put("closedAt", revision.closedAt().toString());
        body.put("generatedAt", revision.generatedAt().toString());
        body.put("dataVersion", revision.dataVersion());
        ImpactView live = reports.report(revision.year(), maxStale);
        body.set("lateArrivals", lateArrivals(latest, figures(live)));
        JsonNode figures = json.readTree(revision.figures());
        figures.properties().forEach(e -> {
            if (!body.has(e.getKey())) {
                body.set(e.getKey(), e.getValue());
            }
        });
        return body;
    }

    private ObjectNode live(int year, Optional<ReportRevision> latest, Duration maxStale) {
        ImpactView view = reports.report(year, maxStale);
        ObjectNode report = tree(view);
        ObjectNode body = json.createObjectNode();
        body.put("year", year);
        body.put("status", latest.isPresent() ? "live" : "open");
        latest.ifPresent(l -> {
            body.put("latestRevision", l.revision());
            body.set("lateArrivals", lateArrivals(l, figures(view)));
        });
        report.properties().forEach(e -> {
            if (!body.has(e.getKey())) {
                body.set(e.getKey(), e.getValue());
            }
        });
        return body;
    }

    /**
     * The JSON of a computed view, made once per view: the requests between two recomputations share
     * it (read-only; a body takes its nodes without changing them).
     */
    private ObjectNode tree(ImpactView view) {
        RenderedView known = rendered;
        if (known != null && known.view() == view) {
            return known.tree();
        }
        ObjectNode tree = json.valueToTree(ImpactReportResponse.of(view));
        rendered = new RenderedView(view, tree);
        return tree;
    }

    private record RenderedView(ImpactView view, ObjectNode tree) {
    }

    private ObjectNode lateArrivals(ReportRevision latest, ObjectNode liveFigures) {
        LateArrivals late = LateArrivals.between(inputs(json.readTree(latest.figures())), inputs(liveFigures), latest.closedAt());
        ObjectNode node = json.createObjectNode();
        node.put("count", late.count());
        node.put("since", late.since().toString());
        return node;
    }

    /** The counted inputs of a report (network-wide), for telling late arrivals. */
    static Map<String, Long> inputs(JsonNode figures) {
        JsonNode network = figures.path("network");
        Map<String, Long> inputs = new LinkedHashMap<>();
        for (String count : List.of("eventsHeld", "attendances", "newParticipants")) {
            inputs.put(count, network.path(count).asLong(0));
        }
        long initiatives = 0;
        for (JsonNode n : network.path("initiativesLaunched")) {
            initiatives += n.asLong(0);
        }
        inputs.put("initiativesLaunched", initiatives);
        inputs.put("passesSold", network.path("passes").path("sold").asLong(0));
        inputs.put("passesRenewed", network.path("passes").path("renewed").asLong(0));
        long transitions = 0;
        for (JsonNode t : network.path("funnel").path("transitions")) {
            transitions += t.path("count").asLong(0);
        }
        inputs.put("funnelTransitions", transitions);
        return inputs;
    }

    /** The report's figures as the GET serves them, without the fields that change with every computation. */
    ObjectNode figures(ImpactView view) {
        ObjectNode tree = json.valueToTree(ImpactReportResponse.of(view));
        VOLATILE.forEach(tree::remove);
        return tree;
    }

    /** Compact JSON with every object's keys sorted: the same figures always give the same text. */
    String canonical(JsonNode figures) {
        return json.writeValueAsString(sorted(figures));
    }

    private JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = json.createObjectNode();
            List<String> keys = new ArrayList<>(node.propertyNames());
            keys.sort(null);
            keys.forEach(k -> sorted.set(k, sorted(node.get(k))));
            return sorted;
        }
        if (node.isArray()) {
            tools.jackson.databind.node.ArrayNode array = json.createArrayNode();
            node.forEach(element -> array.add(sorted(element)));
            return array;
        }
        return node;
    }
}
