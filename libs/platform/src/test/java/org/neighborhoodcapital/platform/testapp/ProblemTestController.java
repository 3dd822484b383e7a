package org.neighborhoodcapital.platform.testapp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.OrganizerKind;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violation;
import org.neighborhoodcapital.platform.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A tiny API with every kind of request error the platform must render as problem+json. */
@RestController
@RequestMapping("/test")
public class ProblemTestController {

    public record Organizer(@NotNull OrganizerKind kind, UUID participantId) {
    }

    public record ScheduleRequest(@NotBlank String title, @NotNull EventFormat format, @NotNull Instant startsAt,
            @Min(1) int capacity, @Valid @NotNull Organizer organizer) {
    }

    public record Scheduled(UUID eventId, String title, Instant startsAt, String initiative) {
    }

    public record CheckIn(@NotNull UUID eventId, @NotNull UUID participantId) {
    }

    /** Validates in its constructor, as domain records do. */
    public record Budget(long amountMinor, String currency) {
        public Budget {
            if (amountMinor < 0) {
                throw new IllegalArgumentException("amountMinor must not be negative");
            }
        }
    }

    public record CenterRequest(@NotBlank String name, Budget operatingBudget) {
    }

    @PostMapping("/events")
    Scheduled schedule(@Valid @RequestBody ScheduleRequest request) {
        return new Scheduled(UUID.randomUUID(), request.title(), request.startsAt(), null);
    }

    @GetMapping("/events/{eventId}")
    Scheduled event(@PathVariable UUID eventId) {
        throw ProblemException.notFound("eventId", "no event " + eventId);
    }

    @GetMapping("/events")
    List<Scheduled> search(@RequestParam @Min(1) @Max(100) int limit) {
        return List.of();
    }

    @PostMapping("/check-ins")
    int checkIns(@RequestBody List<@Valid CheckIn> checkIns) {
        return checkIns.size();
    }

    private final ValidatedCenters centers;

    public ProblemTestController(ValidatedCenters centers) {
        this.centers = centers;
    }

    @PostMapping("/centers")
    String center(@Valid @RequestBody CenterRequest request) {
        return request.name();
    }

    @PostMapping("/validated-centers")
    String validatedCenter(@RequestBody CenterRequest request) {
        return centers.register(request);
    }

    @PostMapping("/validated-centers/rename")
    String rename(@RequestParam String to) {
        return centers.rename(to);
    }

    /** A domain refusal the controller lets through: the platform answers it. */
    @GetMapping("/refusals/{kind}")
    String refuse(@PathVariable DomainException.Kind kind) {
        throw new DomainException(kind, List.of(Violation.of("centerId", "refused as " + kind)));
    }

    /** A batch refused for two of its lines. */
    @PostMapping("/refusals/batch")
    String refuseBatch() {
        throw DomainException.unprocessable(List.of(Violation.atLine(2, "eventId", "no such event"),
                Violation.atLine(5, "participantId", "no such participant")));
    }

    @GetMapping("/boom")
    String boom() {
        throw new IllegalStateException("secret internals");
    }
}
