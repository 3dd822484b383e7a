package org.neighborhoodcapital.platform.security;

import java.util.Arrays;
import java.util.UUID;

import org.neighborhoodcapital.platform.web.ProblemException;

/**
 * Object-level checks a controller makes before it reads or changes anything. Each refusal is a
 * 403 {@code application/problem+json} naming the field at fault ({@code centerId},
 * {@code participantId}, or {@code role} when the caller's role may not do this at all).
 * {@link Role#NETWORK_ADMIN} passes every check.
 */
public final class Access {

    private Access() {
    }

    /** The caller holds one of these roles (or is a network admin). */
    public static Caller requireRole(Role... anyOf) {
        Caller caller = Caller.current();
        if (caller.isAdmin() || Arrays.stream(anyOf).anyMatch(caller::has)) {
            return caller;
        }
        throw ProblemException.forbidden("role", "requires one of " + Arrays.toString(anyOf));
    }

    /**
     * The caller may act at this center: a network admin, or one of these roles with the center
     * among the token's centers.
     */
    public static Caller requireCenter(String field, String centerId, Role... rolesAllowedAtThatCenter) {
        Caller caller = requireRole(rolesAllowedAtThatCenter);
        if (caller.isAdmin() || caller.worksAt(centerId)) {
            return caller;
        }
        throw ProblemException.forbidden(field, "this token does not act for center " + centerId);
    }

    /**
     * The caller may act on this participant: a network admin; one of the listed center roles at the
     * participant's home center; or, when {@link Role#PARTICIPANT} is listed, the participant itself.
     */
    public static Caller requireParticipant(UUID participantId, String homeCenterId, Role... rolesAllowedAtHomeCenter) {
        Caller caller = Caller.current();
        if (caller.isAdmin()) {
            return caller;
        }
        for (Role role : rolesAllowedAtHomeCenter) {
            if (!caller.has(role)) {
                continue;
            }
            if (role == Role.PARTICIPANT ? participantId.equals(caller.participantId()) : caller.worksAt(homeCenterId)) {
                return caller;
            }
        }
        requireRole(rolesAllowedAtHomeCenter);
        throw ProblemException.forbidden("participantId", "this token does not act for participant " + participantId);
    }

    /** Names and contacts are for network admins and the staff of the person's home center only. */
    public static boolean seesPersonalData(String homeCenterId) {
        Caller caller = Caller.current();
        return caller.isAdmin() || (caller.has(Role.CENTER_STAFF) && caller.worksAt(homeCenterId));
    }
}
