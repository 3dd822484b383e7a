package org.neighborhoodcapital.memberships.participant.application;

import java.util.Optional;
import java.util.UUID;

import org.neighborhoodcapital.memberships.participant.domain.PersonalData;
import org.neighborhoodcapital.memberships.participant.persistence.ParticipantRepository;
import org.neighborhoodcapital.memberships.participant.protection.PersonalDataProtection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * THE one place where a participant's personal data is decrypted for anyone to see. Access control
 * (who may read whose data, per center) comes in a later issue and belongs here, in front of
 * {@link #read}; every read is logged (id only) so that it can be audited.
 */
@Service
public class PersonalDataAccess {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataAccess.class);

    private final Participants participants;
    private final ParticipantRepository repository;
    private final PersonalDataProtection protection;

    public PersonalDataAccess(Participants participants, ParticipantRepository repository, PersonalDataProtection protection) {
        this.participants = participants;
        this.repository = repository;
        this.protection = protection;
    }

    /**
     * @throws org.neighborhoodcapital.platform.domain.DomainException NOT_FOUND for an unknown participant, GONE once erased
     */
    public PersonalData read(UUID participantId) {
        participants.get(participantId);
        Optional<byte[]> sealed = repository.sealedPersonalData(participantId);
        if (sealed.isEmpty()) {
            participants.get(participantId); // erased in the meantime: 410
            throw new IllegalStateException("participant " + participantId + " has no personal data stored");
        }
        PersonalData data = protection.open(participantId, sealed.get());
        log.info("Personal data of participant {} read", participantId);
        return data;
    }
}
