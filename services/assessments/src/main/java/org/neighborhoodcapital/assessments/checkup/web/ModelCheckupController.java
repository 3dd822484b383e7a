package org.neighborhoodcapital.assessments.checkup.web;


import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.assessments.checkup.application.ModelCheckups;
import org.neighborhoodcapital.assessments.checkup.domain.ModelCheckup;
import org.neighborhoodcapital.assessments.common.web.Millis;
import org.neighborhoodcapital.assessments.common.web.WholeNumbers;
import org.neighborhoodcapital.contracts.assessments.AssessorRole;
import org.neighborhoodcapital.contracts.assessments.OrganizationType;
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

import tools.jackson.databind.JsonNode;

/**
 * Model check-ups of a center (or a club or initiative group at it), made and read by the center's
 * staff: each call first checks that the caller acts for the center (403 naming {@code centerId}).
 */
@RestController
@RequestMapping("/api/centers/{centerId}/model-assessments")
public class ModelCheckupController {

    /** Positions stay JSON until read, so that 1.5 or "1" is refused instead of being turned into 1. */
    public record SubmitModelCheckup(Instant assessedAt, OrganizationType organizationType, AssessorRole assessorRole,
                                     List<JsonNode> positions) {

        List<Integer> positionValues() {
            return positions == null ? null : positions.stream().map(WholeNumbers::of).toList();
        }
    }

    public record ModelCheckupView(UUID assessmentId, String centerId, OrganizationType organizationType, AssessorRole assessorRole,
                                   Instant assessedAt, List<Integer> positions, List<Integer> reference, double distance,
                                   double alignment) {

        static ModelCheckupView of(ModelCheckup c) {
            return new ModelCheckupView(c.assessmentId(), c.centerId(), c.organizationType(), c.assessorRole(), c.assessedAt(),
                    c.positions(), c.reference().positions(), c.alignment().distance(), c.alignment().alignment());
        }
    }

    private final ModelCheckups checkups;

    public ModelCheckupController(ModelCheckups checkups) {
        this.checkups = checkups;
    }

    @PostMapping
    public ResponseEntity<ModelCheckupView> submit(@PathVariable String centerId, @RequestBody SubmitModelCheckup request) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF);
        ModelCheckup checkup = checkups.submit(centerId, request.organizationType(), request.assessorRole(),
                Millis.of(request.assessedAt()), request.positionValues());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(checkup.assessmentId()).toUri();
        return ResponseEntity.created(location).body(ModelCheckupView.of(checkup));
    }

    /** By the time they were made, oldest first. */
    @GetMapping
    public List<ModelCheckupView> list(@PathVariable String centerId) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF);
        return checkups.list(centerId).stream().map(ModelCheckupView::of).toList();
    }

    @GetMapping("/{assessmentId}")
    public ModelCheckupView get(@PathVariable String centerId, @PathVariable UUID assessmentId) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF);
        return ModelCheckupView.of(checkups.get(centerId, assessmentId));
    }
}
