package org.neighborhoodcapital.memberships.participant.web;


import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.memberships.common.web.Millis;
import org.neighborhoodcapital.memberships.participant.application.Participants;
import org.neighborhoodcapital.memberships.participant.application.PersonalDataAccess;
import org.neighborhoodcapital.memberships.participant.domain.Participant;
import org.neighborhoodcapital.memberships.participant.domain.PersonalData;
import org.neighborhoodcapital.platform.security.Access;
import org.neighborhoodcapital.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Participants. Every call is checked against the participant's home center first
 * ({@link ParticipantAccess}; for joining, the body's {@code homeCenterId}): staff of the home center
 * join, read, change consent and erase; kiosks of the home center and the participant itself read;
 * the participant itself changes its consent. Names and contacts go only to network admins and the
 * home center's staff, each such answer audited ({@link PersonalDataAccess}); everybody else gets the
 * pseudonymous view.
 */
@RestController
@RequestMapping("/api/participants")
public class ParticipantController {

    /** {@code joinedAt} defaults to now; {@code researchConsent} must be given explicitly. */
    public record JoinBody(String homeCenterId, String displayName, String email, String phone, Boolean researchConsent,
                           Instant joinedAt) {

        @Override
        public String toString() {
            return "JoinBody[homeCenterId=" + homeCenterId + "]";
        }
    }

    public record ConsentBody(Boolean researchConsent, Instant changedAt) {
    }

    /** One participant as answered: with or without personal data, depending on the caller. */
    public sealed interface ParticipantAnswer permits ParticipantView, ParticipantDetailsView {
    }

    /** What may be shown anywhere: no personal data. */
    public record ParticipantView(UUID participantId, String homeCenterId, Instant joinedAt, boolean researchConsent,
                                  FunnelStage stage) implements ParticipantAnswer {

        static ParticipantView of(Participant p) {
            return new ParticipantView(p.participantId(), p.homeCenterId(), p.joinedAt(), p.researchConsent(), p.stage());
        }
    }

    /** A participant with their personal data (GET of one participant only). */
    public record ParticipantDetailsView(UUID participantId, String homeCenterId, Instant joinedAt, boolean researchConsent,
                                         FunnelStage stage, String displayName, String email, String phone)
            implements ParticipantAnswer {

        static ParticipantDetailsView of(Participant p, PersonalData data) {
            return new ParticipantDetailsView(p.participantId(), p.homeCenterId(), p.joinedAt(), p.researchConsent(), p.stage(),
                    data.displayName(), data.email(), data.phone());
        }

        @Override
        public String toString() {
            return "ParticipantDetailsView[participantId=" + participantId + "]";
        }
    }

    private final Participants participants;
    private final PersonalDataAccess personalData;
    private final ParticipantAccess access;

    public ParticipantController(Participants participants, PersonalDataAccess personalData, ParticipantAccess access) {
        this.participants = participants;
        this.personalData = personalData;
        this.access = access;
    }

    @PostMapping
    public ResponseEntity<ParticipantView> join(@RequestBody JoinBody body) {
        requireStaffOfHomeCenter(body.homeCenterId());
        Participant participant = participants.join(body.homeCenterId(), body.displayName(), body.email(), body.phone(),
                body.researchConsent(), Millis.of(body.joinedAt()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(participant.participantId()).toUri();
        return ResponseEntity.created(location).body(ParticipantView.of(participant));
    }

    @GetMapping("/{participantId}")
    public ParticipantAnswer get(@PathVariable UUID participantId) {
        Participant participant = access.require(participantId, Role.CENTER_STAFF, Role.KIOSK, Role.PARTICIPANT).requireNotErased();
        return personalData.readIfAllowed(participant)
                .<ParticipantAnswer>map(data -> ParticipantDetailsView.of(participant, data))
                .orElseGet(() -> ParticipantView.of(participant));
    }

    @PostMapping("/{participantId}/consent")
    public ParticipantView changeConsent(@PathVariable UUID participantId, @RequestBody ConsentBody body) {
        access.require(participantId, Role.CENTER_STAFF, Role.PARTICIPANT);
        return ParticipantView.of(participants.changeConsent(participantId, body.researchConsent(), Millis.of(body.changedAt())));
    }

    @DeleteMapping("/{participantId}")
    public ResponseEntity<Void> erase(@PathVariable UUID participantId) {
        access.require(participantId, Role.CENTER_STAFF);
        participants.erase(participantId);
        return ResponseEntity.noContent().build();
    }

    /**
     * Joining needs the staff of the center the body names. Without a center in the body the role is
     * still checked, and the missing field is then reported as invalid (400) like any other.
     */
    private static void requireStaffOfHomeCenter(String homeCenterId) {
        if (homeCenterId == null || homeCenterId.isBlank()) {
            Access.requireRole(Role.CENTER_STAFF);
        } else {
            Access.requireCenter("homeCenterId", homeCenterId, Role.CENTER_STAFF);
        }
    }
}
