package org.neighborhoodcapital.reporting.dashboard;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The dashboard's session user after the issuer's login: {@code ROLE_<role>} authorities from the
 * {@code roles} claim and the {@code centers} claim, taken from the ID token when it carries them, else
 * from the access token (verified with the resource server's {@link JwtDecoder} when there is one; the
 * token came straight from the issuer's token endpoint either way).
 */
final class SessionUsers {

    private static final Logger log = LoggerFactory.getLogger(SessionUsers.class);
    private static final String SUBJECT = "sub";
    private static final String PARTICIPANT_CLAIM = "participant_id";

    private final Map<String, JwtDecoder> decoders = new java.util.concurrent.ConcurrentHashMap<>();
    private final OidcUserService oidcUsers = new OidcUserService();

    /** OIDC login (scope {@code openid}). */
    OAuth2UserService<OidcUserRequest, OidcUser> oidc() {
        return request -> {
            OidcUser user = oidcUsers.loadUser(request);
            Map<String, Object> claims = new LinkedHashMap<>();
            if (user.getClaims().containsKey(Viewer.ROLES_CLAIM)) {
                copyAccessClaims(user.getClaims(), claims);
            } else {
                copyAccessClaims(accessTokenClaims(request.getClientRegistration(), request.getAccessToken()), claims);
            }
            claims.put(SUBJECT, user.getSubject());
            Set<GrantedAuthority> authorities = authorities(claims);
            return new DefaultOidcUser(authorities, user.getIdToken(), new OidcUserInfo(claims), SUBJECT);
        };
    }

    /** Plain OAuth2 login (no ID token): everything from the access token. */
    OAuth2UserService<OAuth2UserRequest, OAuth2User> plain() {
        return request -> {
            Map<String, Object> token = accessTokenClaims(request.getClientRegistration(), request.getAccessToken());
            Map<String, Object> claims = new LinkedHashMap<>();
            copyAccessClaims(token, claims);
            Object subject = token.get(SUBJECT);
            if (subject == null) {
                throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token", "the access token has no subject", null));
            }
            claims.put(SUBJECT, String.valueOf(subject));
            return new DefaultOAuth2User(authorities(claims), claims, SUBJECT);
        };
    }

    private static void copyAccessClaims(Map<String, Object> from, Map<String, Object> to) {
        to.put(Viewer.ROLES_CLAIM, Viewer.strings(from.get(Viewer.ROLES_CLAIM)));
        to.put(Viewer.CENTERS_CLAIM, Viewer.strings(from.get(Viewer.CENTERS_CLAIM)));
        if (from.get(PARTICIPANT_CLAIM) != null) {
            to.put(PARTICIPANT_CLAIM, String.valueOf(from.get(PARTICIPANT_CLAIM)));
        }
    }

    private static Set<GrantedAuthority> authorities(Map<String, Object> claims) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (String role : Viewer.strings(claims.get(Viewer.ROLES_CLAIM))) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        }
        return authorities;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> accessTokenClaims(ClientRegistration registration, OAuth2AccessToken accessToken) {
        String jwkSetUri = registration.getProviderDetails().getJwkSetUri();
        if (jwkSetUri == null || jwkSetUri.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                    "the provider of '" + registration.getRegistrationId() + "' has no JWK set to verify the access token", null));
        }
        JwtDecoder decoder = decoders.computeIfAbsent(registration.getRegistrationId(),
                id -> NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build());
        try {
            return decoder.decode(accessToken.getTokenValue()).getClaims();
        } catch (RuntimeException e) {
            log.warn("The access token of '{}' did not verify: {}", registration.getRegistrationId(), e.toString());
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token", "access token not verifiable", null), e);
        }
    }
}
