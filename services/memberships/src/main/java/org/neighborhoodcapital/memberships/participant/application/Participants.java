package org.neighborhoodcapital.memberships.participant.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.neighborhoodcapital.contracts.memberships.ConsentChanged;
import org.neighborhoodcapital.contracts.memberships.ParticipantErased;
import org.neighborhoodcapital.contracts.memberships.ParticipantJoined;
import org.neighborhoodcapital.memberships.center.application.Centers;
import org.neighborhoodcapital.memberships.common.application.Announce;
import org.neighborhoodcapital.platform.audit.AuditTrail;
import org.neighborhoodcapital.platform.outbox.OutboxKick;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.memberships.common.metrics.MembershipsMetrics;
import org.neighborhoodcapital.memberships.funnel.application.FunnelErasure;
import org.neighborhoodcapital.memberships.participant.domain.ContactField;
import org.neighborhoodcapital.memberships.participant.domain.Joining;
import org.neighborhoodcapital.memberships.participant.domain.Participant;
import org.neighborhoodcapital.memberships.participant.persistence.ParticipantRepository;
import org.neighborhoodcapital.memberships.participant.protection.PersonalDataProtection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Joining, consent and erasure. Only pseudonymous facts leave this class: ParticipantJoined,
 * ConsentChanged and ParticipantErased carry the participant id, never a name, e-mail or phone; the
 * personal data is sealed before it is stored and read back only through {@link PersonalDataAccess}.
 */
@Service
public class Participants {

    private static final Logger log = LoggerFactory.getLogger(Participants.class);
    private static final int ATTEMPTS = 5;
    public static final String ERASE_AUDIT_ACTION = "participant.erase";

    private final ParticipantRepository repository;
    private final Centers centers;
    private final PersonalDataProtection protection;
    private final FunnelErasure funnel;
    private final MembershipsMetrics metrics;
    private final OutboxKick outbox;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public Participants(ParticipantRepository repository, Centers centers, PersonalDataProtection protection, FunnelErasure funnel,
                        MembershipsMetrics metrics, OutboxKick outbox, AuditTrail auditTrail, Clock clock) {
        this.repository = repository;
        this.centers = centers;
        this.protection = protection;
        this.funnel = funnel;
        this.metrics = metrics;
        this.outbox = outbox;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * @throws DomainException INVALID for a bad request, UNPROCESSABLE (homeCenterId) for an unknown
     *                         center, CONFLICT (email or phone) when the person already holds a record there
     */
    public Participant join(String homeCenterId, String displayName, String email, String phone, Boolean researchConsent,
                            Instant joinedAt) {
        Instant now = clock.instant();
        Joining joining = Joining.validate(homeCenterId, displayName, email, phone, researchConsent, joinedAt, now);
        if (!centers.exists(joining.homeCenterId())) {
            throw DomainException.unprocessable("homeCenterId", "no center '" + joining.homeCenterId() + "'");
        }
        String emailKey = joining.normalizedEmail() == null ? null
                : protection.fingerprint(joining.homeCenterId(), ContactField.EMAIL, joining.normalizedEmail());
        String phoneKey = joining.normalizedPhone() == null ? null
                : protection.fingerprint(joining.homeCenterId(), ContactField.PHONE, joining.normalizedPhone());
        refuseTaken(joining.homeCenterId(), emailKey, phoneKey);

        UUID participantId = UUID.randomUUID();
        Participant participant = Participant.joined(participantId, joining);
        ParticipantJoined joined = new ParticipantJoined(participantId, participant.homeCenterId(), participant.joinedAt(),
                participant.researchConsent());
        try {
            repository.insert(participant, protection.seal(participantId, joining.personalData()), emailKey, phoneKey,
                    Announce.once(participant.joinedAt(), participantId.toString(), joined, "participant-joined", participantId.toString()),
                    now);
        } catch (DuplicateKeyException raced) {
            // Someone else stored the same contact between the check and the insert.
            refuseTaken(joining.homeCenterId(), emailKey, phoneKey);
            throw raced;
        }
        outbox.afterWrite();
        metrics.joined(participant.homeCenterId());
        log.info("Participant {} joined center {}", participantId, participant.homeCenterId());
        return participant;
    }

    /** @throws DomainException NOT_FOUND (participantId) for an unknown participant, GONE once erased */
    public Participant get(UUID participantId) {
        return find(participantId).requireNotErased();
    }

    /** The participant, erased or not; empty when unknown. */
    public Optional<Participant> lookup(UUID participantId) {
        return repository.find(participantId);
    }

    /** The participant, erased or not. */
    public Participant find(UUID participantId) {
        return repository.find(participantId).orElseThrow(
                () -> DomainException.notFound("participantId", "no participant " + participantId));
    }

    /**
     * Gives or withdraws research consent at {@code changedAt} ({@code now} when not given). A change
     * to the consent already held is answered without announcing anything.
     */
    public Participant changeConsent(UUID participantId, Boolean consent, Instant changedAt) {
        for (int attempt = 1; ; attempt++) {
            Participant current = get(participantId);
            Optional<ConsentChanged> change = current.changeConsent(consent, changedAt, clock.instant());
            if (change.isEmpty()) {
                return current;
            }
            ConsentChanged changed = change.get();
            if (repository.changeConsent(participantId, current.researchConsent(), changed.researchConsent(), changed.changedAt(),
                    Announce.fresh(changed.changedAt(), participantId.toString(), changed))) {
                outbox.afterWrite();
                log.info("Participant {} {} research consent", participantId, changed.researchConsent() ? "gave" : "withdrew");
                return new Participant(participantId, current.homeCenterId(), current.joinedAt(), changed.researchConsent(),
                        changed.changedAt(), current.stage(), null);
            }
            if (attempt == ATTEMPTS) {
                throw DomainException.conflict("participantId", "participant " + participantId + " is being changed concurrently; try again");
            }
        }
    }

    /**
     * Erases a participant: their personal data and contact fingerprints leave the store (the same
     * person may join again, under a new id), their funnel activity is forgotten, and
     * ParticipantErased tells every other service to forget them too. The id is never reused. The
     * audit trail records who erased whom ({@value #ERASE_AUDIT_ACTION}: ids and the home center only).
     */
    public Participant erase(UUID participantId) {
        Participant current = get(participantId);
        Instant erasedAt = clock.instant();
        ParticipantErased erased = new ParticipantErased(participantId, erasedAt);
        if (!repository.erase(participantId, erasedAt,
                Announce.once(erasedAt, participantId.toString(), erased, "participant-erased", participantId.toString()))) {
            throw DomainException.gone("participantId", "participant " + participantId + " was erased");
        }
        outbox.afterWrite();
        auditTrail.record(ERASE_AUDIT_ACTION, "participant/" + participantId, Map.of("homeCenterId", current.homeCenterId()));
        funnel.forget(participantId);
        metrics.erased(current.homeCenterId());
        log.info("Participant {} erased", participantId);
        return new Participant(participantId, current.homeCenterId(), current.joinedAt(), false, null, null, erasedAt);
    }

    private void refuseTaken(String centerId, String emailKey, String phoneKey) {
        if (repository.contactTaken(ContactField.EMAIL, emailKey)) {
            throw DomainException.conflict("email", "a participant with this e-mail is already registered at center '" + centerId + "'");
        }
        if (repository.contactTaken(ContactField.PHONE, phoneKey)) {
            throw DomainException.conflict("phone", "a participant with this phone number is already registered at center '" + centerId + "'");
        }
    }
}
