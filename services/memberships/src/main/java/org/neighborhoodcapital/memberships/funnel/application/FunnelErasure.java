package org.neighborhoodcapital.memberships.funnel.application;

import java.util.UUID;

import org.neighborhoodcapital.memberships.funnel.persistence.FunnelActivityRepository;
import org.springframework.stereotype.Service;

/** What the funnel forgets of an erased participant: their recorded activity and their check-ins at events. */
@Service
public class FunnelErasure {

    private final FunnelActivityRepository repository;

    public FunnelErasure(FunnelActivityRepository repository) {
        this.repository = repository;
    }

    public void forget(UUID participantId) {
        repository.forget(participantId);
    }
}
