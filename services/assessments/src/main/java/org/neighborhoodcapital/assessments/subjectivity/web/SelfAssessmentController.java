package org.neighborhoodcapital.assessments.subjectivity.web;


import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neighborhoodcapital.assessments.common.web.Millis;
import org.neighborhoodcapital.assessments.common.web.WholeNumbers;
import org.neighborhoodcapital.assessments.participants.domain.HomeCenters;
import org.neighborhoodcapital.assessments.subjectivity.application.SelfAssessments;
import org.neighborhoodcapital.assessments.subjectivity.domain.SelfAssessment;
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
 * A participant's self-assessments on the subjectivity instrument: for the participant itself and the
 * staff of its home center (from the replica of memberships' participants). Each call first checks
 * the caller, before the body is validated or anything is read: anyone else gets 403 naming
 * {@code participantId} (or {@code role}) — also for a participant not known here, so that nobody
 * learns who exists. A network admin is not checked (unknown participants: as without the check).
 */
@RestController
@RequestMapping("/api/participants/{participantId}/subjectivity-assessments")
public class SelfAssessmentController {

    /** Answers stay JSON until read, so that 3.5 or "3" is refused instead of being turned into 3. */
    public record SubmitSelfAssessment(String instrumentVersion, Instant answeredAt, Map<String, JsonNode> answers) {

        Map<String, Integer> answerValues() {
            if (answers == null) {
                return null;
            }
            Map<String, Integer> values = new LinkedHashMap<>();
            answers.forEach((item, answer) -> values.put(item, WholeNumbers.of(answer)));
            return values;
        }
    }

    /** Scores only; the answers are not repeated. */
    public record SelfAssessmentView(UUID assessmentId, UUID participantId, String instrumentVersion, Instant answeredAt,
                                     Map<String, Double> dimensionScores, Double subjectivityIndex) {

        static SelfAssessmentView of(SelfAssessment a) {
            return new SelfAssessmentView(a.assessmentId(), a.participantId(), a.instrumentVersion(), a.answeredAt(),
                    a.scores().dimensionScores(), a.scores().subjectivityIndex());
        }
    }

    private final SelfAssessments assessments;
    private final HomeCenters homeCenters;

    public SelfAssessmentController(SelfAssessments assessments, HomeCenters homeCenters) {
        this.assessments = assessments;
        this.homeCenters = homeCenters;
    }

    private void requireAccessTo(UUID participantId) {
        if (Access.requireRole(Role.CENTER_STAFF, Role.PARTICIPANT).isAdmin()) {
            return;
        }
        Access.requireParticipant(participantId, homeCenters.of(participantId).orElse(null), Role.CENTER_STAFF, Role.PARTICIPANT);
    }

    @PostMapping
    public ResponseEntity<SelfAssessmentView> submit(@PathVariable UUID participantId, @RequestBody SubmitSelfAssessment request) {
        requireAccessTo(participantId);
        SelfAssessment assessment = assessments.submit(participantId, request.instrumentVersion(),
                Millis.of(request.answeredAt()), request.answerValues());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(assessment.assessmentId()).toUri();
        return ResponseEntity.created(location).body(SelfAssessmentView.of(assessment));
    }

    /** By answer time, oldest first. */
    @GetMapping
    public List<SelfAssessmentView> list(@PathVariable UUID participantId) {
        requireAccessTo(participantId);
        return assessments.list(participantId).stream().map(SelfAssessmentView::of).toList();
    }

    @GetMapping("/{assessmentId}")
    public SelfAssessmentView get(@PathVariable UUID participantId, @PathVariable UUID assessmentId) {
        requireAccessTo(participantId);
        return SelfAssessmentView.of(assessments.get(participantId, assessmentId));
    }
}
