package org.neighborhoodcapital.reporting.profile.web;

import org.neighborhoodcapital.platform.web.ProblemException;
import org.neighborhoodcapital.reporting.profile.ParticipantProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/** The average participant's profile of a year, small cells withheld. */
@RestController
@RequestMapping("/api/reports/participant-profile")
class ParticipantProfileController {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final ParticipantProfiles profiles;

    ParticipantProfileController(ParticipantProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/{year}")
    JsonNode profile(@PathVariable("year") int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.badRequest("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return ParticipantProfileJson.tree(profiles.profile(year));
    }
}
