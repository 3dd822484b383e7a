package org.neighborhoodcapital.memberships.funnel.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.neighborhoodcapital.memberships.funnel.domain.ActivityBatch;
import org.neighborhoodcapital.memberships.funnel.domain.Attendance;
import org.neighborhoodcapital.memberships.funnel.persistence.FunnelActivityRepository;
import org.neighborhoodcapital.memberships.funnel.persistence.FunnelStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records a batch of calendar, attendance and initiative facts and recomputes everyone they may
 * have moved: the participants named in them, the residents organizing the events touched, and the
 * leaders of the initiatives those events belong to. Facts about erased participants are dropped;
 * facts about ids unknown here are recorded (an attendee still counts for an initiative's reach) but
 * move nobody. A participant whose only new facts are check-ins, none earlier than the date they
 * already became a PARTICIPANT, is not recomputed: attending moves a participant only up to
 * PARTICIPANT, at the third distinct event, and later check-ins cannot make that earlier (at a
 * hundred check-ins a year per person, this skips almost every recomputation of a busy stream).
 */
@Service
public class FunnelActivity {

    private static final Logger log = LoggerFactory.getLogger(FunnelActivity.class);

    private final FunnelActivityRepository repository;
    private final FunnelStateRepository states;
    private final Funnel funnel;

    public FunnelActivity(FunnelActivityRepository repository, FunnelStateRepository states, Funnel funnel) {
        this.repository = repository;
        this.states = states;
        this.funnel = funnel;
    }

    public void apply(ActivityBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        Set<UUID> erased = states.erasedAmong(batch.participants().keySet());
        if (!erased.isEmpty()) {
            batch.forgetParticipants(erased);
        }
        repository.record(batch);
        Set<UUID> organizersAndLeaders = repository.organizersAndLeaders(batch.events().keySet(), batch.initiatives().keySet());
        Map<UUID, Instant> onlyCheckedIn = new HashMap<>();
        batch.participants().forEach((id, facts) -> {
            if (facts.organized().isEmpty() && facts.led().isEmpty() && !organizersAndLeaders.contains(id)) {
                facts.attended().stream().map(Attendance::checkedInAt).min(Comparator.naturalOrder())
                        .ifPresent(earliest -> onlyCheckedIn.put(id, earliest));
            }
        });
        Set<UUID> affected = new HashSet<>(batch.participants().keySet());
        affected.addAll(organizersAndLeaders);
        Set<UUID> unmoved = funnel.unmovedByCheckInsFrom(onlyCheckedIn);
        affected.removeAll(unmoved);
        int announced = funnel.recompute(affected);
        log.debug("Funnel activity: {} event(s), {} initiative(s), {} participant(s) recomputed, {} unmoved by later check-ins, {} transition(s)",
                batch.events().size(), batch.initiatives().size(), affected.size(), unmoved.size(), announced);
    }
}
