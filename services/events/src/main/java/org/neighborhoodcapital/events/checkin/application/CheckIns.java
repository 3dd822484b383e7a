package org.neighborhoodcapital.events.checkin.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.events.checkin.domain.CheckIn;
import org.neighborhoodcapital.events.checkin.domain.CheckInBatch;
import org.neighborhoodcapital.events.checkin.domain.CheckInCounts;
import org.neighborhoodcapital.events.checkin.domain.KnownEvent;
import org.neighborhoodcapital.events.checkin.persistence.CheckInRepository;
import org.neighborhoodcapital.events.common.application.Announcements;
import org.neighborhoodcapital.platform.outbox.OutboxKick;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.events.participants.domain.ParticipantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records a batch of well-formed check-ins: all of them or none. One query finds the batch's events,
 * one call asks the participant directory, one unordered bulk insert stores the new check-ins with
 * their AttendanceRecorded records; repetitions are counted, not stored.
 */
@Service
public class CheckIns {

    private static final Logger log = LoggerFactory.getLogger(CheckIns.class);

    private final CheckInRepository repository;
    private final ParticipantDirectory participants;
    private final CheckInMetrics metrics;
    private final OutboxKick outbox;
    private final Clock clock;

    public CheckIns(CheckInRepository repository, ParticipantDirectory participants, CheckInMetrics metrics, OutboxKick outbox,
                    Clock clock) {
        this.repository = repository;
        this.participants = participants;
        this.metrics = metrics;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @throws DomainException (UNPROCESSABLE) when an item names an unknown, foreign or cancelled
     *                         event or an unknown participant; nothing is stored then
     */
    public CheckInCounts record(String centerId, CheckInBatch batch) {
        long started = System.nanoTime();
        Map<UUID, KnownEvent> known = repository.knownEvents(batch.eventIds());
        long lookedUp = System.nanoTime();
        Set<UUID> unknownParticipants = participants.unknownAmong(batch.participantIds());
        long participantCheckMs = (System.nanoTime() - lookedUp) / 1_000_000;
        try {
            batch.requireAcceptable(centerId, known, unknownParticipants);
        } catch (DomainException e) {
            refused(centerId, batch.received());
            throw e;
        }
        List<CheckIn> distinct = batch.distinct();
        List<Envelope<?>> announcements = distinct.stream()
                .<Envelope<?>>map(c -> Announcements.of(c.recorded(centerId), c.checkedInAt())).toList();
        Instant now = clock.instant();
        int accepted = repository.insertNew(centerId, distinct, announcements, now);
        if (accepted > 0) {
            // check-ins are insert-only: naming them spares the relay a sweep of a collection that only grows
            outbox.afterWrite(CheckInRepository.COLLECTION, distinct.stream().map(CheckIn::key).toList());
        }
        CheckInCounts counts = new CheckInCounts(batch.received(), accepted, batch.received() - accepted);
        metrics.accepted(centerId, counts.accepted());
        metrics.duplicate(centerId, counts.duplicate());
        log.info("Check-ins at center {}: {} received, {} accepted, {} duplicate in {} ms (participant check {} ms)", centerId,
                counts.received(), counts.accepted(), counts.duplicate(), (System.nanoTime() - started) / 1_000_000, participantCheckMs);
        return counts;
    }

    /** Counts the items of a request refused before it got here (malformed, over the limit). */
    public void refused(String centerId, int items) {
        metrics.rejected(centerId, items);
    }
}
