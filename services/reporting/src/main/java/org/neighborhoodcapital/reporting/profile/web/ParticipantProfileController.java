package org.neighborhoodcapital.reporting.profile.web;

import java.util.Map;

import org.neighborhoodcapital.platform.audit.AuditTrail;
import org.neighborhoodcapital.platform.security.Access;
import org.neighborhoodcapital.platform.security.Role;
import org.neighborhoodcapital.platform.web.ProblemException;
import org.neighborhoodcapital.reporting.export.ExportFormat;
import org.neighborhoodcapital.reporting.impact.web.MaxStale;
import org.neighborhoodcapital.reporting.export.ReportDocuments;
import org.neighborhoodcapital.reporting.profile.ParticipantProfiles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * The average participant's profile of a year, small cells withheld, as JSON, CSV, XLSX or PDF. Reading needs
 * NETWORK_ADMIN or ANALYST; every read and export is audited.
 */
@RestController
@RequestMapping("/api/reports/participant-profile")
class ParticipantProfileController {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final ParticipantProfiles profiles;
    private final AuditTrail audit;

    ParticipantProfileController(ParticipantProfiles profiles, AuditTrail audit) {
        this.profiles = profiles;
        this.audit = audit;
    }

    @GetMapping("/{year}")
    ResponseEntity<?> profile(@PathVariable("year") int year,
                              @RequestParam(name = "format", required = false) String format,
                              @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                              @RequestHeader(name = HttpHeaders.CACHE_CONTROL, required = false) String cacheControl) {
        Access.requireRole(Role.NETWORK_ADMIN, Role.ANALYST);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.badRequest("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        ExportFormat chosen = ExportFormat.choose(format, accept);
        JsonNode body = ParticipantProfileJson.tree(profiles.profile(year, MaxStale.of(cacheControl)));
        audit.record(chosen == ExportFormat.JSON ? "report.read" : "report.export", "participant-profile/" + year,
                Map.of("revision", "live", "format", chosen.extension()));
        if (chosen == ExportFormat.JSON) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return ReportDocuments.attachment(chosen, ReportDocuments.profile(body));
    }
}
