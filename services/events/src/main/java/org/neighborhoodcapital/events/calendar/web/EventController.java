package org.neighborhoodcapital.events.calendar.web;


import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.events.calendar.application.Calendar;
import org.neighborhoodcapital.events.calendar.domain.CalendarEvent;
import org.neighborhoodcapital.events.calendar.domain.Registered;
import org.neighborhoodcapital.events.calendar.web.EventViews.EventView;
import org.neighborhoodcapital.events.calendar.web.EventViews.RegistrationView;
import org.neighborhoodcapital.events.common.web.Millis;
import org.neighborhoodcapital.platform.security.Access;
import org.neighborhoodcapital.platform.security.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A center's calendar: events and their registrations. Each call first checks that the caller acts
 * for the center (403 naming {@code centerId} otherwise), before anything is validated or looked up
 * (a JSON body has only been parsed by then): the calendar itself is written by the center's staff,
 * registrations are also taken by its kiosk.
 */
@RestController
@RequestMapping("/api/centers/{centerId}/events")
public class EventController {

    private final Calendar calendar;

    public EventController(Calendar calendar) {
        this.calendar = calendar;
    }

    @PostMapping
    public ResponseEntity<EventView> schedule(@PathVariable String centerId, @RequestBody EventRequests.ScheduleEvent request) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF);
        CalendarEvent event = calendar.schedule(request.toDraft(centerId));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(event.eventId()).toUri();
        return ResponseEntity.created(location).body(EventView.of(event));
    }

    /** Events starting in {@code [from, to)}, by start; either bound may be left out. */
    @GetMapping
    public List<EventView> list(@PathVariable String centerId,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF, Role.KIOSK);
        return calendar.list(centerId, from, to).stream().map(EventView::of).toList();
    }

    @GetMapping("/{eventId}")
    public EventView get(@PathVariable String centerId, @PathVariable UUID eventId) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF, Role.KIOSK);
        return EventView.of(calendar.get(centerId, eventId));
    }

    @PostMapping("/{eventId}/reschedule")
    public EventView reschedule(@PathVariable String centerId, @PathVariable UUID eventId,
                                @RequestBody EventRequests.Reschedule request) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF);
        return EventView.of(calendar.reschedule(centerId, eventId, Millis.of(request.startsAt()), Millis.of(request.endsAt())));
    }

    /** Idempotent: cancelling a cancelled event answers 200 and announces nothing. The body is optional. */
    @PostMapping("/{eventId}/cancel")
    public EventView cancel(@PathVariable String centerId, @PathVariable UUID eventId,
                            @RequestBody(required = false) EventRequests.Cancel request) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF);
        String reason = request == null ? null : request.reason();
        return EventView.of(calendar.cancel(centerId, eventId, reason));
    }

    /** 201 for a new registration, 200 with the existing one when the participant is already registered. */
    @PostMapping("/{eventId}/registrations")
    public ResponseEntity<RegistrationView> register(@PathVariable String centerId, @PathVariable UUID eventId,
                                                     @RequestBody EventRequests.Register request) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF, Role.KIOSK);
        Registered registered = calendar.register(centerId, eventId, request.participantId());
        RegistrationView view = RegistrationView.of(registered.slot());
        if (!registered.created()) {
            return ResponseEntity.ok(view);
        }
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(view.registrationId()).toUri();
        return ResponseEntity.created(location).body(view);
    }

    @GetMapping("/{eventId}/registrations/{registrationId}")
    public RegistrationView registration(@PathVariable String centerId, @PathVariable UUID eventId, @PathVariable UUID registrationId) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF, Role.KIOSK);
        return RegistrationView.of(calendar.registration(centerId, eventId, registrationId));
    }

    /** Frees the place (the first waitlisted participant gets it); withdrawing twice is harmless. */
    @DeleteMapping("/{eventId}/registrations/{registrationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void withdraw(@PathVariable String centerId, @PathVariable UUID eventId, @PathVariable UUID registrationId) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF, Role.KIOSK);
        calendar.withdraw(centerId, eventId, registrationId);
    }
}
