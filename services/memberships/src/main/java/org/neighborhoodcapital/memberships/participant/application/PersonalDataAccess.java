package org.neighborhoodcapital.memberships.participant.application;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.neighborhoodcapital.memberships.participant.domain.Participant;
import org.neighborhoodcapital.memberships.participant.domain.PersonalData;
import org.neighborhoodcapital.memberships.participant.persistence.ParticipantRepository;
import org.neighborhoodcapital.memberships.participant.protection.PersonalDataProtection;
import org.neighborhoodcapital.platform.audit.AuditTrail;
import org.neighborhoodcapital.platform.security.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * THE one place where a participant's personal data is decrypted for anyone to see. Only a network
 * admin and the staff of the participant's home center may see it ({@link Access#seesPersonalData});
 * every read is recorded in the audit trail ({@value #AUDIT_ACTION}, target {@code participant/<id>},
 * the home center as detail: ids only) and logged with the id only.
 */
@Service
public class PersonalDataAccess {

    public static final String AUDIT_ACTION = "personal-data.read";

    private static final Logger log = LoggerFactory.getLogger(PersonalDataAccess.class);

    private final Participants participants;
    private final ParticipantRepository repository;
    private final PersonalDataProtection protection;
    private final AuditTrail auditTrail;

    public PersonalDataAccess(Participants participants, ParticipantRepository repository, PersonalDataProtection protection,
                              AuditTrail auditTrail) {
        this.participants = participants;
        this.repository = repository;
        this.protection = protection;
        this.auditTrail = auditTrail;
    }

    /**
     * The personal data of this participant if the current caller may see it (audited), else empty:
     * the caller then gets the pseudonymous view.
     *
     * @throws org.neighborhoodcapital.platform.domain.DomainException GONE once erased
     */
    public Optional<PersonalData> readIfAllowed(Participant participant) {
        if (!Access.seesPersonalData(participant.homeCenterId())) {
            return Optional.empty();
        }
        UUID participantId = participant.participantId();
        participants.get(participantId);
        Optional<byte[]> sealed = repository.sealedPersonalData(participantId);
        if (sealed.isEmpty()) {
            participants.get(participantId); // erased in the meantime: 410
            throw new IllegalStateException("participant " + participantId + " has no personal data stored");
        }
        PersonalData data = protection.open(participantId, sealed.get());
        auditTrail.record(AUDIT_ACTION, "participant/" + participantId, Map.of("homeCenterId", participant.homeCenterId()));
        log.info("Personal data of participant {} read", participantId);
        return Optional.of(data);
    }
}
