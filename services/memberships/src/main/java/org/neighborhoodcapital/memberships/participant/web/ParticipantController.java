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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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

    /** What may be shown anywhere: no personal data. */
    public record ParticipantView(UUID participantId, String homeCenterId, Instant joinedAt, boolean researchConsent,
                                  FunnelStage stage) {

        static ParticipantView of(Participant p) {
            return new ParticipantView(p.participantId(), p.homeCenterId(), p.joinedAt(), p.researchConsent(), p.stage());
        }
    }

    /** A participant with their personal data (GET of one participant only). */
    public record ParticipantDetailsView(UUID participantId, String homeCenterId, Instant joinedAt, boolean researchConsent,
                                         FunnelStage stage, String displayName, String email, String phone) {

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

    public ParticipantController(Participants participants, PersonalDataAccess personalData) {
        this.participants = participants;
        this.personalData = personalData;
    }

    @PostMapping
    public ResponseEntity<ParticipantView> join(@RequestBody JoinBody body) {
        Participant participant = participants.join(body.homeCenterId(), body.displayName(), body.email(), body.phone(),
                body.researchConsent(), Millis.of(body.joinedAt()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(participant.participantId()).toUri();
        return ResponseEntity.created(location).body(ParticipantView.of(participant));
    }

    @GetMapping("/{participantId}")
    public ParticipantDetailsView get(@PathVariable UUID participantId) {
        Participant participant = participants.get(participantId);
        return ParticipantDetailsView.of(participant, personalData.read(participantId));
    }

    @PostMapping("/{participantId}/consent")
    public ParticipantView changeConsent(@PathVariable UUID participantId, @RequestBody ConsentBody body) {
        return ParticipantView.of(participants.changeConsent(participantId, body.researchConsent(), Millis.of(body.changedAt())));
    }

    @DeleteMapping("/{participantId}")
    public ResponseEntity<Void> erase(@PathVariable UUID participantId) {
        participants.erase(participantId);
        return ResponseEntity.noContent().build();
    }
}
