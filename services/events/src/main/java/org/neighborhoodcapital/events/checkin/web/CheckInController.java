package org.neighborhoodcapital.events.checkin.web;


import java.io.InputStream;
import java.time.Clock;

import org.neighborhoodcapital.events.EventsProperties;
import org.neighborhoodcapital.events.checkin.application.CheckIns;
import org.neighborhoodcapital.events.checkin.domain.CheckInBatch;
import org.neighborhoodcapital.events.checkin.domain.CheckInCounts;
import org.neighborhoodcapital.events.common.domain.CenterId;
import org.neighborhoodcapital.platform.security.Access;
import org.neighborhoodcapital.platform.security.Role;
import org.neighborhoodcapital.platform.web.DomainProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * Check-ins, one or many per request: a JSON array (or one object) with {@code application/json},
 * or one object per line with {@code application/x-ndjson}. The whole body is checked before
 * anything is stored: a malformed item → 400, too many items → 413, an unknown or cancelled event →
 * 422, each naming the line and field; then nothing is stored. The center's staff and kiosk may
 * check in; whether the caller acts for the center is checked before a byte of the body is read.
 */
@RestController
public class CheckInController {

    private static final String PATH = "/api/centers/{centerId}/check-ins";

    /** Answer to an accepted batch: {@code received = accepted + duplicate}. */
    public record CheckInResult(int received, int accepted, int duplicate) {

        static CheckInResult of(CheckInCounts counts) {
            return new CheckInResult(counts.received(), counts.accepted(), counts.duplicate());
        }
    }

    private final CheckIns checkIns;
    private final CheckInBodyReader reader;
    private final Clock clock;

    public CheckInController(CheckIns checkIns, JsonMapper mapper, EventsProperties properties, Clock clock) {
        this.checkIns = checkIns;
        this.reader = new CheckInBodyReader(mapper, properties.maxCheckInsPerRequest());
        this.clock = clock;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    public CheckInResult json(@PathVariable String centerId, InputStream body) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF, Role.KIOSK);
        CenterId.require(centerId);
        return record(centerId, reader.readJson(body, clock.instant()));
    }

    @PostMapping(path = PATH, consumes = {MediaType.APPLICATION_NDJSON_VALUE, "application/ndjson"})
    public CheckInResult ndjson(@PathVariable String centerId, InputStream body) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF, Role.KIOSK);
        CenterId.require(centerId);
        return record(centerId, reader.readNdjson(body, clock.instant()));
    }

    private CheckInResult record(String centerId, CheckInBodyReader.Result read) {
        if (read.overLimit()) {
            checkIns.refused(centerId, read.read());
            throw DomainProblems.of(HttpStatus.CONTENT_TOO_LARGE, read.problems());
        }
        if (!read.problems().isEmpty()) {
            checkIns.refused(centerId, read.read());
            throw DomainProblems.of(HttpStatus.BAD_REQUEST, read.problems());
        }
        return CheckInResult.of(checkIns.record(centerId, CheckInBatch.of(read.items())));
    }
}
