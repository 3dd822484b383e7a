package org.neighborhoodcapital.memberships.funnel.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.contracts.memberships.FunnelStageChanged;
import org.neighborhoodcapital.memberships.common.application.Announce;
import org.neighborhoodcapital.platform.outbox.OutboxKick;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.memberships.common.metrics.MembershipsMetrics;
import org.neighborhoodcapital.memberships.funnel.domain.FunnelProgress;
import org.neighborhoodcapital.memberships.funnel.domain.FunnelThresholds;
import org.neighborhoodcapital.memberships.funnel.domain.ManualPromotion;
import org.neighborhoodcapital.memberships.funnel.domain.ParticipantActivity;
import org.neighborhoodcapital.memberships.funnel.domain.Promotion;
import org.neighborhoodcapital.memberships.funnel.domain.StageTimeline;
import org.neighborhoodcapital.memberships.funnel.domain.Transition;
import org.neighborhoodcapital.memberships.funnel.persistence.FunnelActivityRepository;
import org.neighborhoodcapital.memberships.funnel.persistence.FunnelState;
import org.neighborhoodcapital.memberships.funnel.persistence.FunnelStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Moves participants through the funnel: recomputes their stage timeline from their dated activity
 * ({@link StageTimeline}) and announces, in the same write that stores it, every step of that timeline
 * reached by now that was not announced yet or was announced at a later date (FunnelStageChanged, dated
 * in event time; see {@link FunnelProgress}). Manual promotions by staff go the same way. The write is
 * conditional on the announced stage and steps that were read:
 * two instances (or a listener and the re-check job) computing the same participant at once announce
 * each step once; the loser reads again and finds nothing new.
 */
@Service
public class Funnel {

    private static final Logger log = LoggerFactory.getLogger(Funnel.class);
    private static final int ATTEMPTS = 5;
    private static final int CHUNK = 1000;

    private final FunnelStateRepository states;
    private final FunnelActivityRepository activity;
    private final FunnelThresholds thresholds;
    private final MembershipsMetrics metrics;
    private final OutboxKick outbox;
    private final Clock clock;

    public Funnel(FunnelStateRepository states, FunnelActivityRepository activity, FunnelThresholds thresholds,
                  MembershipsMetrics metrics, OutboxKick outbox, Clock clock) {
        this.states = states;
        this.activity = activity;
        this.thresholds = thresholds;
        this.metrics = metrics;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Of these participants, each with the earliest check-in a batch brought, those the check-ins cannot
     * move: already announced as PARTICIPANT no later than that check-in (see {@link FunnelActivity}).
     */
    public Set<UUID> unmovedByCheckInsFrom(Map<UUID, Instant> earliestCheckIn) {
        if (earliestCheckIn.isEmpty()) {
            return Set.of();
        }
        Set<UUID> unmoved = new HashSet<>();
        states.states(earliestCheckIn.keySet()).forEach((id, state) -> {
            Instant participantSince = state.announcedSteps().get(FunnelStage.PARTICIPANT);
            if (!state.erased() && participantSince != null && !earliestCheckIn.get(id).isBefore(participantSince)) {
                unmoved.add(id);
            }
        });
        return unmoved;
    }

    /**
     * Recomputes these participants and announces what is new. Ids unknown here (never joined) and
     * erased participants are skipped: their activity may be recorded, but they get no transitions.
     *
     * @return the number of transitions announced
     */
    public int recompute(Collection<UUID> participantIds) {
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(participantIds));
        int announced = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            announced += recomputeChunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        if (announced > 0) {
            outbox.afterWrite();
        }
        return announced;
    }

    private int recomputeChunk(List<UUID> ids) {
        Map<UUID, FunnelState> live = new LinkedHashMap<>();
        states.states(ids).forEach((id, state) -> {
            if (!state.erased() && state.joinedAt() != null) {
                live.put(id, state);
            }
        });
        Map<UUID, Instant> joinedAt = new LinkedHashMap<>();
        live.forEach((id, state) -> joinedAt.put(id, state.joinedAt()));
        Map<UUID, ParticipantActivity> activities = activity.load(joinedAt);
        int announced = 0;
        for (FunnelState state : live.values()) {
            announced += advance(state, activities.get(state.participantId()));
        }
        return announced;
    }

    /** Announces the steps of the timeline not announced yet, or announced later; retries on a concurrent change. */
    private int advance(FunnelState state, ParticipantActivity participantActivity) {
        FunnelState current = state;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            Map<FunnelStage, Instant> announced = current.announcedSteps();
            FunnelProgress progress = FunnelProgress.after(announced,
                    StageTimeline.of(participantActivity, current.promotions(), thresholds), now);
            if (progress.transitions().isEmpty() && Objects.equals(progress.recheckAt(), current.recheckAt())
                    && announced.equals(current.storedSteps())) {
                return 0;
            }
            List<Envelope<?>> envelopes = new ArrayList<>();
            for (Transition transition : progress.transitions()) {
                envelopes.add(announcement(current, transition));
            }
            Map<FunnelStage, Instant> steps = progress.announced(announced);
            FunnelStage reached = FunnelProgress.highest(steps);
            if (current.stage().isAbove(reached)) {
                reached = current.stage();
            }
            if (states.advance(current, steps, reached, progress.recheckAt(), envelopes)) {
                for (Transition transition : progress.transitions()) {
                    metrics.funnelTransition(transition.from(), transition.to(), false);
                    boolean correction = announced.containsKey(transition.to());
                    // A manual promotion's reason is staff free text that could name someone: not for the logs.
                    log.info("Participant {} moved {} -> {} at {} ({}){}", current.participantId(), transition.from(), transition.to(),
                            transition.at(), transition.manual() ? "manual" : transition.reason(), correction ? " (corrects a later announced date)" : "");
                }
                return progress.transitions().size();
            }
            Optional<FunnelState> reread = states.state(current.participantId());
            if (reread.isEmpty() || reread.get().erased()) {
                return 0;
            }
            current = reread.get();
        }
        log.warn("Participant {}: funnel stage changed concurrently {} times; left for the next recomputation", state.participantId(), ATTEMPTS);
        return 0;
    }

    /**
     * A manual promotion by staff to {@code to}, for {@code reason}, at {@code promotedAt} (now when not given).
     *
     * @throws DomainException NOT_FOUND (participantId), GONE once erased, INVALID for a missing or bad
     *                         field, CONFLICT (to) when not above the current stage
     */
    public Transition promote(UUID participantId, FunnelStage to, String reason, Instant promotedAt) {
        for (int attempt = 1; ; attempt++) {
            FunnelState state = states.state(participantId)
                    .orElseThrow(() -> DomainException.notFound("participantId", "no participant " + participantId));
            if (state.erased()) {
                throw DomainException.gone("participantId", "participant " + participantId + " was erased");
            }
            Transition transition = Promotion.decide(state.stage(), state.joinedAt(), to, reason, promotedAt, clock.instant());
            ManualPromotion promotion = new ManualPromotion(transition.to(), transition.reason(), transition.at());
            if (states.promote(participantId, state.stage(), promotion, announcement(state, transition))) {
                outbox.afterWrite();
                metrics.funnelTransition(transition.from(), transition.to(), true);
                log.info("Participant {} promoted {} -> {} by staff at {}", participantId, transition.from(), transition.to(), transition.at());
                return transition;
            }
            if (attempt == ATTEMPTS) {
                throw DomainException.conflict("participantId", "participant " + participantId + " is being changed concurrently; try again");
            }
        }
    }

    /**
     * A manual promotion is named by (participant, stage): a stage is promoted to at most once. A
     * computed step is named by (participant, stage, date), so that a correction (the stage reached
     * earlier than announced) gets a new id and is not dropped as a duplicate, while computing the same
     * step again gives the same id.
     */
    private static Envelope<FunnelStageChanged> announcement(FunnelState state, Transition t) {
        FunnelStageChanged changed = new FunnelStageChanged(state.participantId(), state.homeCenterId(), t.from(), t.to(),
                t.reason(), t.manual(), t.at());
        if (t.manual()) {
            return Announce.once(t.at(), state.participantId().toString(), changed,
                    "funnel-stage", state.participantId().toString(), t.to().name());
        }
        return Announce.once(t.at(), state.participantId().toString(), changed,
                "funnel-stage", state.participantId().toString(), t.to().name(), t.at().toString());
    }
}
