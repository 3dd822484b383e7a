package org.neighborhoodcapital.memberships.funnel.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.memberships.funnel.persistence.FunnelStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Steps dated in the future (a resident organizes an event that has not started yet) are announced
 * once they have happened: participants carry the time of their next such step ({@code funnelRecheckAt}),
 * and this job, run periodically, recomputes those whose time has come.
 */
@Service
public class FunnelRecheck {

    private static final Logger log = LoggerFactory.getLogger(FunnelRecheck.class);
    private static final int BATCH = 1000;

    private final FunnelStateRepository states;
    private final Funnel funnel;
    private final Clock clock;

    public FunnelRecheck(FunnelStateRepository states, Funnel funnel, Clock clock) {
        this.states = states;
        this.funnel = funnel;
        this.clock = clock;
    }

    /** @return the number of transitions announced */
    public int recheckDue() {
        List<UUID> due = states.dueForRecheck(clock.instant(), BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        int announced = funnel.recompute(due);
        log.info("Funnel re-check: {} participant(s) with a step due, {} transition(s) announced", due.size(), announced);
        return announced;
    }
}
