package org.neighborhoodcapital.events.initiative.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.events.common.application.Announcements;
import org.neighborhoodcapital.platform.outbox.OutboxKick;
import org.neighborhoodcapital.events.common.domain.CenterId;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.events.initiative.domain.Initiative;
import org.neighborhoodcapital.events.initiative.persistence.InitiativeRepository;
import org.neighborhoodcapital.events.participants.domain.ParticipantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Launching and listing resident initiatives. */
@Service
public class Initiatives {

    private static final Logger log = LoggerFactory.getLogger(Initiatives.class);

    private final InitiativeRepository repository;
    private final ParticipantDirectory participants;
    private final OutboxKick outbox;
    private final Clock clock;

    public Initiatives(InitiativeRepository repository, ParticipantDirectory participants, OutboxKick outbox, Clock clock) {
        this.repository = repository;
        this.participants = participants;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Initiative launch(String centerId, String title, InitiativeType type, UUID leaderId, Instant launchedAt) {
        Instant now = clock.instant();
        Initiative initiative = Initiative.launch(UUID.randomUUID(), centerId, title, type, leaderId, launchedAt, now);
        if (!participants.isKnown(leaderId)) {
            throw DomainException.unprocessable("leaderId", "no participant " + leaderId);
        }
        repository.insert(initiative, Announcements.of(initiative.launched(), now), now);
        outbox.afterWrite(InitiativeRepository.COLLECTION, List.of(initiative.initiativeId().toString()));
        log.info("Initiative {} launched at center {} ({})", initiative.initiativeId(), centerId, type);
        return initiative;
    }

    public Initiative get(String centerId, UUID initiativeId) {
        CenterId.require(centerId);
        return repository.find(centerId, initiativeId).orElseThrow(
                () -> DomainException.notFound("initiativeId", "no initiative " + initiativeId + " at center " + centerId));
    }

    public List<Initiative> list(String centerId) {
        CenterId.require(centerId);
        return repository.list(centerId);
    }
}
