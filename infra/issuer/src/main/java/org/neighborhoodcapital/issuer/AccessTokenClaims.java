package org.neighborhoodcapital.issuer;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the access contract's claims into access (and ID) tokens: {@code sub}, {@code roles},
 * {@code centers} and, for a participant, {@code participant_id}. For {@code nc-tools} they come
 * from the token request's parameters (a bad request is 400 invalid_request naming the parameter),
 * for a dashboard user from the user's configuration.
 */
final class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private static final Logger log = LoggerFactory.getLogger(AccessTokenClaims.class);

    private final ConfiguredUsers users;

    AccessTokenClaims(ConfiguredUsers users) {
        this.users = users;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        AccessClaims claims = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                ? requested(context)
                : ofUser(context.getPrincipal().getName());
        context.getClaims().claims(existing -> {
            existing.put("sub", claims.subject());
            existing.put("roles", claims.roleNames());
            existing.put("centers", claims.centers());
            if (claims.participantId() != null) {
                existing.put("participant_id", claims.participantId().toString());
            }
        });
        if (accessToken) {
            // one line per token: who it is for, never anything personal (subjects are tool, user or pseudonymous ids)
            log.info("issuer: access token for client {} subject {} roles {} centers {}",
                    context.getRegisteredClient().getClientId(), claims.subject(), claims.roleNames(), claims.centers());
        }
    }

    private static AccessClaims requested(JwtEncodingContext context) {
        OAuth2ClientCredentialsAuthenticationToken grant = context.getAuthorizationGrant();
        Map<String, Object> parameters = grant.getAdditionalParameters();
        try {
            return ToolsTokenRequest.claims(parameters, context.getRegisteredClient().getClientId());
        } catch (IllegalArgumentException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, e.getMessage(), null));
        }
    }

    private AccessClaims ofUser(String username) {
        return users.claimsOf(username).orElseThrow(() -> new OAuth2AuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED, "the user is no longer configured", null)));
    }
}
