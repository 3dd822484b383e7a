package org.neighborhoodcapital.events.initiative.web;


import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.events.common.web.Millis;
import org.neighborhoodcapital.events.initiative.application.Initiatives;
import org.neighborhoodcapital.events.initiative.domain.Initiative;
import org.neighborhoodcapital.platform.security.Access;
import org.neighborhoodcapital.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Residents' initiatives at a center, kept by the center's staff (403 naming {@code centerId} for anyone else). */
@RestController
@RequestMapping("/api/centers/{centerId}/initiatives")
public class InitiativeController {

    public record LaunchInitiativeRequest(String title, InitiativeType type, UUID leaderId, Instant launchedAt) {
    }

    public record InitiativeView(UUID initiativeId, String centerId, String title, InitiativeType type, UUID leaderId,
                                 Instant launchedAt) {

        static InitiativeView of(Initiative i) {
            return new InitiativeView(i.initiativeId(), i.centerId(), i.title(), i.type(), i.leaderId(), i.launchedAt());
        }
    }

    private final Initiatives initiatives;

    public InitiativeController(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    @PostMapping
    public ResponseEntity<InitiativeView> launch(@PathVariable String centerId, @RequestBody LaunchInitiativeRequest request) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF);
        Initiative initiative = initiatives.launch(centerId, request.title(), request.type(), request.leaderId(),
                Millis.of(request.launchedAt()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(initiative.initiativeId()).toUri();
        return ResponseEntity.created(location).body(InitiativeView.of(initiative));
    }

    @GetMapping
    public List<InitiativeView> list(@PathVariable String centerId) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF);
        return initiatives.list(centerId).stream().map(InitiativeView::of).toList();
    }

    @GetMapping("/{initiativeId}")
    public InitiativeView get(@PathVariable String centerId, @PathVariable UUID initiativeId) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF);
        return InitiativeView.of(initiatives.get(centerId, initiativeId));
    }
}
