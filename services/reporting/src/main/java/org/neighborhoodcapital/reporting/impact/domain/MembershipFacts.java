package org.neighborhoodcapital.reporting.impact.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.neighborhoodcapital.contracts.Money;

/**
 * Everything the report needs from memberships: participants (with their exclusion), funnel steps,
 * passes, and each registered center's annual operating budget (centers without one are absent).
 */
public record MembershipFacts(
        Collection<ParticipantFacts> participants,
        Collection<FunnelChangeFacts> funnelChanges,
        Collection<PassFacts> passes,
        Map<String, Money> budgets) {

    public static final MembershipFacts NONE = new MembershipFacts(List.of(), List.of(), List.of(), Map.of());

    public MembershipFacts {
        participants = participants == null ? List.of() : participants;
        funnelChanges = funnelChanges == null ? List.of() : funnelChanges;
        passes = passes == null ? List.of() : passes;
        budgets = budgets == null ? Map.of() : Map.copyOf(budgets);
    }

    /** Participants erased or without research consent: no participant-based figure counts them. */
    public Set<UUID> excludedParticipants() {
        Set<UUID> excluded = new HashSet<>();
        for (ParticipantFacts participant : participants) {
            if (participant.excluded()) {
                excluded.add(participant.participantId());
            }
        }
        return excluded;
    }
}
