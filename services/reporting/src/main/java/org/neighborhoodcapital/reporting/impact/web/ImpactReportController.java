package org.neighborhoodcapital.reporting.impact.web;

import java.util.Map;

import org.neighborhoodcapital.platform.audit.AuditTrail;
import org.neighborhoodcapital.platform.security.Access;
import org.neighborhoodcapital.platform.security.Caller;
import org.neighborhoodcapital.platform.security.Role;
import org.neighborhoodcapital.platform.web.ProblemException;
import org.neighborhoodcapital.reporting.closing.ImpactReportRevisions;
import org.neighborhoodcapital.reporting.closing.domain.ReportRevision;
import org.neighborhoodcapital.reporting.export.ExportFormat;
import org.neighborhoodcapital.reporting.export.ReportDocuments;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.ObjectNode;

/**
 * The yearly network impact report: live or a closed revision, as JSON, CSV, XLSX or PDF; closing a year.
 * Reading needs NETWORK_ADMIN or ANALYST, closing NETWORK_ADMIN; every read, export and close is audited.
 */
@RestController
@RequestMapping("/api/reports/impact")
class ImpactReportController {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final ImpactReportRevisions revisions;
    private final AuditTrail audit;

    ImpactReportController(ImpactReportRevisions revisions, AuditTrail audit) {
        this.revisions = revisions;
        this.audit = audit;
    }

    @GetMapping("/{year}")
    ResponseEntity<?> impact(@PathVariable("year") int year,
                             @RequestParam(name = "revision", required = false) Integer revision,
                             @RequestParam(name = "live", defaultValue = "false") boolean live,
                             @RequestParam(name = "format", required = false) String format,
                             @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                             @RequestHeader(name = HttpHeaders.CACHE_CONTROL, required = false) String cacheControl) {
        Access.requireRole(Role.NETWORK_ADMIN, Role.ANALYST);
        checkYear(year);
        ExportFormat chosen = ExportFormat.choose(format, accept);
        ObjectNode body = revisions.view(year, revision, live, MaxStale.of(cacheControl));
        String served = "closed".equals(body.path("status").asString("")) ? body.path("revision").asString() : "live";
        audit.record(chosen == ExportFormat.JSON ? "report.read" : "report.export", "impact-report/" + year,
                Map.of("revision", served, "format", chosen.extension()));
        if (chosen == ExportFormat.JSON) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return ReportDocuments.attachment(chosen, ReportDocuments.impact(body));
    }

    /** 201 with the new revision, or 200 with the latest one when the figures have not changed since. */
    @PostMapping("/{year}/close")
    ResponseEntity<ObjectNode> close(@PathVariable("year") int year) {
        Caller caller = Access.requireRole(Role.NETWORK_ADMIN);
        checkYear(year);
        ImpactReportRevisions.Closed closed = revisions.close(year, caller.subject());
        ReportRevision r = closed.revision();
        audit.record("report.close", "impact-report/" + year,
                Map.of("revision", r.revision(), "contentHash", r.contentHash(), "created", closed.created()));
        ObjectNode body = revisions.view(year, r.revision(), false);
        return ResponseEntity.status(closed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(java.net.URI.create("/api/reports/impact/" + year + "?revision=" + r.revision()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.badRequest("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }
}
