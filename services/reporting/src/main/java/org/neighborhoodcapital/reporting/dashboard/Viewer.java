package org.neighborhoodcapital.reporting.dashboard;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who looks at the dashboard or a live stream, whether signed in with a session (OIDC login) or
 * calling with a bearer token: roles from the {@code ROLE_*} authorities, centers from the {@code centers}
 * claim. Decides the dashboard's access rule: NETWORK_ADMIN and ANALYST see the network; CENTER_STAFF
 * (and KIOSK) see only the live pages of their own centers.
 */
public record Viewer(String subject, Set<String> roles, Set<String> centers) {

    public static final String NETWORK_ADMIN = "NETWORK_ADMIN";
    public static final String ANALYST = "ANALYST";
    public static final String CENTER_STAFF = "CENTER_STAFF";
    public static final String ROLES_CLAIM = "roles";
    public static final String CENTERS_CLAIM = "centers";

    public static final Viewer ANONYMOUS = new Viewer(null, Set.of(), Set.of());

    public static Viewer current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Viewer of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return ANONYMOUS;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                roles.add(name.substring("ROLE_".length()));
            }
        }
        Map<String, Object> claims = claims(authentication);
        return new Viewer(authentication.getName(), Set.copyOf(roles), Set.copyOf(strings(claims.get(CENTERS_CLAIM))));
    }

    private static Map<String, Object> claims(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return jwt.getTokenAttributes();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof OidcUser oidc) {
            return oidc.getClaims();
        }
        if (principal instanceof OAuth2User user) {
            return user.getAttributes();
        }
        if (principal instanceof OAuth2AuthenticatedPrincipal p) {
            return p.getAttributes();
        }
        return Map.of();
    }

    /** A claim that is a JSON array (or a single string, or space-separated) as strings. */
    public static List<String> strings(Object claim) {
        return switch (claim) {
            case null -> List.of();
            case Collection<?> values -> values.stream().map(String::valueOf).toList();
            case String text -> List.of(text.trim().split("[\\s,]+")).stream().filter(s -> !s.isBlank()).toList();
            default -> List.of(String.valueOf(claim));
        };
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** NETWORK_ADMIN and ANALYST: the network dashboard and every center's page. */
    public boolean seesNetwork() {
        return has(NETWORK_ADMIN) || has(ANALYST);
    }

    /** The network roles, or CENTER_STAFF working at that center. */
    public boolean seesCenter(String centerId) {
        return seesNetwork() || (has(CENTER_STAFF) && centerId != null && centers.contains(centerId));
    }
}
