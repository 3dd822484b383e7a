package org.neighborhoodcapital.issuer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an access token says about its bearer, checked against the rules of the access contract:
 * a kiosk works for exactly one center, center staff for at least one, only those two carry
 * centers, and a participant token names its participant (and only such a token does).
 * Each rule violation is an {@link IllegalArgumentException} whose message starts with the
 * request parameter at fault.
 */
record AccessClaims(String subject, List<IssuedRole> roles, List<String> centers, UUID participantId) {

    private static final Pattern CENTER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    AccessClaims {
        roles = List.copyOf(new LinkedHashSet<>(roles));
        centers = List.copyOf(new LinkedHashSet<>(centers));
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject: missing");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("role: missing, expected one of " + IssuedRole.parameterNames());
        }
        for (String center : centers) {
            if (!CENTER_ID.matcher(center).matches()) {
                throw new IllegalArgumentException("center: '" + center + "' is not a center id (letters, digits, '.', '_', '-')");
            }
        }
        Set<IssuedRole> set = Set.copyOf(roles);
        if (set.contains(IssuedRole.KIOSK) && centers.size() != 1) {
            throw new IllegalArgumentException("center: a kiosk token needs exactly one center, got " + centers.size());
        }
        if (set.contains(IssuedRole.CENTER_STAFF) && centers.isEmpty()) {
            throw new IllegalArgumentException("center: a center-staff token needs at least one center");
        }
        if (!set.contains(IssuedRole.KIOSK) && !set.contains(IssuedRole.CENTER_STAFF) && !centers.isEmpty()) {
            throw new IllegalArgumentException("center: only center-staff and kiosk tokens carry centers");
        }
        if (set.contains(IssuedRole.PARTICIPANT) && participantId == null) {
            throw new IllegalArgumentException("participant: a participant token needs the participant's id (a UUID)");
        }
        if (!set.contains(IssuedRole.PARTICIPANT) && participantId != null) {
            throw new IllegalArgumentException("participant: only a participant token carries a participant id");
        }
    }

    List<String> roleNames() {
        return roles.stream().map(Enum::name).toList();
    }
}
