package org.neighborhoodcapital.reporting.live.web;

import java.time.Clock;
import java.time.Year;
import java.util.Map;

import org.neighborhoodcapital.platform.web.ProblemException;
import org.neighborhoodcapital.reporting.dashboard.Viewer;
import org.neighborhoodcapital.reporting.live.CenterActivity;
import org.neighborhoodcapital.reporting.live.LiveStreams;
import org.neighborhoodcapital.reporting.live.NetworkKpis;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events: a center's activity as reporting takes it in ({@code activity} events), and the
 * network KPIs of a year after each change ({@code kpis} events, at most once a second). Both start with
 * a {@code ready} event; idle streams get a comment line every 15 s.
 */
@RestController
@RequestMapping("/api/live")
class LiveController {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final LiveStreams streams;
    private final NetworkKpis kpis;
    private final Clock clock;

    LiveController(LiveStreams streams, NetworkKpis kpis, ObjectProvider<Clock> clock) {
        this.streams = streams;
        this.kpis = kpis;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping(path = "/centers/{centerId}/activity", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter centerActivity(@PathVariable("centerId") String centerId) {
        if (centerId.isBlank() || centerId.length() > 100) {
            throw ProblemException.badRequest("centerId", "must be a center id");
        }
        if (!Viewer.current().seesCenter(centerId)) {
            throw ProblemException.forbidden("centerId", "the live activity of center " + centerId
                    + " is for NETWORK_ADMIN, ANALYST and that center's staff");
        }
        return streams.open(CenterActivity.topic(centerId), "ready", Map.of("centerId", centerId)).emitter();
    }

    @GetMapping(path = "/network", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter network(@RequestParam(name = "year", required = false) Integer year) {
        int watched = year == null ? Year.now(clock).getValue() : year;
        if (watched < FIRST_YEAR || watched > LAST_YEAR) {
            throw ProblemException.badRequest("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        if (!Viewer.current().seesNetwork()) {
            throw ProblemException.forbidden("year", "the network KPIs are for NETWORK_ADMIN and ANALYST");
        }
        // The current figures first, then each change.
        return streams.open(NetworkKpis.topic(watched), NetworkKpis.EVENT_NAME, kpis.current(watched)).emitter();
    }
}
