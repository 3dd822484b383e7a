package org.neighborhoodcapital.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling: the token's subject, roles, the centers a center-bound role acts for, and the
 * participant a {@link Role#PARTICIPANT} token speaks for.
 */
public record Caller(String subject, Set<Role> roles, Set<String> centers, UUID participantId) {

    /** Claim names of the tokens the services accept. */
    public static final String ROLES_CLAIM = "roles";
    public static final String CENTERS_CLAIM = "centers";
    public static final String PARTICIPANT_CLAIM = "participant_id";

    /** Nobody: what {@link #current()} returns outside an authenticated request. */
    public static final Caller ANONYMOUS = new Caller("anonymous", Set.of(), Set.of(), null);

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        centers = Set.copyOf(centers);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.NETWORK_ADMIN);
    }

    public boolean worksAt(String centerId) {
        return centerId != null && centers.contains(centerId);
    }

    /** The caller of the current request ({@link #ANONYMOUS} when there is none). */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return ANONYMOUS;
        }
        return of(authentication);
    }

    /** The caller an authentication stands for: a bearer JWT, or a signed-in user of a web page. */
    public static Caller of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (authority.getAuthority() != null && authority.getAuthority().startsWith("ROLE_")) {
                Role.parse(authority.getAuthority()).ifPresent(roles::add);
            }
        }
        Map<String, Object> claims = switch (authentication.getPrincipal()) {
            case Jwt jwt -> jwt.getClaims();
            case OAuth2AuthenticatedPrincipal principal -> principal.getAttributes();
            case null, default -> Map.of();
        };
        Object participant = claims.get(PARTICIPANT_CLAIM);
        UUID participantId = null;
        if (participant != null) {
            try {
                participantId = UUID.fromString(participant.toString());
            } catch (IllegalArgumentException notAnId) {
                participantId = null;
            }
        }
        Object subject = claims.getOrDefault("sub", authentication.getName());
        return new Caller(String.valueOf(subject), roles, strings(claims.get(CENTERS_CLAIM)), participantId);
    }

    /** A claim holding one string, a list of strings or a comma-separated string, as a set. */
    static Set<String> strings(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> addAll(values, String.valueOf(value)));
        } else if (claim != null) {
            addAll(values, claim.toString());
        }
        return values;
    }

    private static void addAll(Set<String> values, String text) {
        for (String value : text.split(",")) {
            if (!value.isBlank()) {
                values.add(value.trim());
            }
        }
    }
}
