package org.neighborhoodcapital.events.calendar.web;


import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.neighborhoodcapital.events.calendar.application.Calendar;
import org.neighborhoodcapital.events.calendar.ical.ICalendarFeed;
import org.neighborhoodcapital.platform.security.Access;
import org.neighborhoodcapital.platform.security.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A center's calendar as an iCalendar feed that calendar apps can subscribe to (its staff and kiosk, with a bearer token). */
@RestController
public class CalendarFeedController {

    private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final Calendar calendar;
    private final Clock clock;

    public CalendarFeedController(Calendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/api/centers/{centerId}/calendar.ics")
    public ResponseEntity<byte[]> feed(@PathVariable String centerId) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF, Role.KIOSK);
        String body = ICalendarFeed.render(centerId, calendar.list(centerId, null, null), clock.instant());
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + centerId + ".ics\"")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
