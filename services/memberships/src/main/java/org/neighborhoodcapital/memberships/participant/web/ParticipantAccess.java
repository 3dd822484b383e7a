package org.neighborhoodcapital.memberships.participant.web;

import java.util.Optional;
import java.util.UUID;

import org.neighborhoodcapital.memberships.participant.application.Participants;
import org.neighborhoodcapital.memberships.participant.domain.Participant;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.security.Access;
import org.neighborhoodcapital.platform.security.Caller;
import org.neighborhoodcapital.platform.security.Role;
import org.neighborhoodcapital.platform.web.ProblemException;
import org.springframework.stereotype.Component;

/**
 * The object-level check of every {@code /api/participants/{participantId}/…} call, made before the
 * body is looked at: the caller must be a network admin, hold one of the allowed center roles at the
 * participant's home center (as stored, erased participants included), or be the participant itself
 * when {@link Role#PARTICIPANT} is allowed.
 *
 * <p>Existence does not leak: for an id nobody holds, a caller who is not a network admin gets the
 * same 403 ({@code participantId}) as for somebody else's participant; only a network admin learns
 * that the id is unknown (404). A caller whose role may not make the call at all gets 403 {@code role}
 * either way.
 */
@Component
public class ParticipantAccess {

    private final Participants participants;

    public ParticipantAccess(Participants participants) {
        this.participants = participants;
    }

    /**
     * @return the participant as stored (possibly erased: the operation itself answers 410)
     * @throws ProblemException 403 {@code role} or {@code participantId}
     * @throws DomainException  404 {@code participantId} for an unknown id, to a network admin only
     */
    public Participant require(UUID participantId, Role... rolesAllowedAtHomeCenter) {
        Optional<Participant> stored = participants.lookup(participantId);
        if (stored.isPresent()) {
            Access.requireParticipant(participantId, stored.get().homeCenterId(), rolesAllowedAtHomeCenter);
            return stored.get();
        }
        if (Caller.current().isAdmin()) {
            throw DomainException.notFound("participantId", "no participant " + participantId);
        }
        Access.requireRole(rolesAllowedAtHomeCenter);
        // Word for word what Access says for another center's participant.
        throw ProblemException.forbidden("participantId", "this token does not act for participant " + participantId);
    }
}
