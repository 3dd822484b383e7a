package org.neighborhoodcapital.memberships.center.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neighborhoodcapital.memberships.center.domain.Center;
import org.neighborhoodcapital.memberships.center.domain.CenterDetails;
import org.neighborhoodcapital.memberships.center.persistence.CenterRepository;
import org.neighborhoodcapital.memberships.common.application.Announce;
import org.neighborhoodcapital.platform.audit.AuditTrail;
import org.neighborhoodcapital.platform.outbox.OutboxKick;
import org.neighborhoodcapital.memberships.common.domain.CenterId;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Registering, updating and listing the centers of the network; each registration or update is announced (CenterRegistered) and audited. */
@Service
public class Centers {

    private static final Logger log = LoggerFactory.getLogger(Centers.class);

    public static final String REGISTER_AUDIT_ACTION = "center.register";
    public static final String UPDATE_AUDIT_ACTION = "center.update";

    private final CenterRepository repository;
    private final OutboxKick outbox;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public Centers(CenterRepository repository, OutboxKick outbox, AuditTrail auditTrail, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** @throws DomainException INVALID for a bad id or details, CONFLICT (id) when the slug is taken */
    public Center register(String centerId, CenterDetails details) {
        Instant now = clock.instant();
        Center center = Center.register(centerId, details, now);
        try {
            repository.insert(center, Announce.fresh(now, center.centerId(), center.registered()));
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("id", "a center '" + centerId + "' is already registered");
        }
        outbox.afterWrite();
        auditTrail.record(REGISTER_AUDIT_ACTION, "center/" + center.centerId(), Map.of("centerId", center.centerId()));
        log.info("Center {} registered ({})", center.centerId(), details.timezone());
        return center;
    }

    /** @throws DomainException NOT_FOUND (centerId) for an unknown center */
    public Center update(String centerId, CenterDetails details) {
        Center current = get(centerId);
        Instant now = clock.instant();
        Center updated = current.update(details, now);
        if (!repository.update(updated, Announce.fresh(now, centerId, updated.registered()))) {
            throw unknown(centerId);
        }
        outbox.afterWrite();
        auditTrail.record(UPDATE_AUDIT_ACTION, "center/" + centerId, Map.of("centerId", centerId));
        log.info("Center {} updated", centerId);
        return updated;
    }

    public Center get(String centerId) {
        return find(centerId).orElseThrow(() -> unknown(centerId));
    }

    public Optional<Center> find(String centerId) {
        return CenterId.isValid(centerId) ? repository.find(centerId) : Optional.empty();
    }

    public boolean exists(String centerId) {
        return CenterId.isValid(centerId) && repository.exists(centerId);
    }

    public List<Center> list() {
        return repository.list();
    }

    private static DomainException unknown(String centerId) {
        return DomainException.notFound("centerId", "no center '" + centerId + "'");
    }
}
