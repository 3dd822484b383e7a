package org.neighborhoodcapital.reporting.impact.web;

import org.neighborhoodcapital.platform.web.ProblemException;
import org.neighborhoodcapital.reporting.impact.ImpactReports;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The yearly network impact report. */
@RestController
@RequestMapping("/api/reports/impact")
class ImpactReportController {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final ImpactReports reports;

    ImpactReportController(ImpactReports reports) {
        this.reports = reports;
    }

    @GetMapping("/{year}")
    ImpactReportResponse impact(@PathVariable("year") int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.badRequest("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return ImpactReportResponse.of(reports.report(year));
    }
}
