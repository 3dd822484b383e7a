package org.neighborhoodcapital.issuer;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the issuer ({@code nc.issuer.*}). Secrets (client secrets, user passwords, the
 * signing key) come from the environment or files outside the repository, never from defaults.
 *
 * @param url            the issuer identifier: the {@code iss} of every token and the base of the
 *                       endpoints it announces; resource servers are configured with the same value
 * @param production     production mode (also on with the {@code prod} profile): a missing key or
 *                       secret stops the start instead of being made up or skipped
 * @param keyFile        PKCS#8 PEM file of the RSA signing key; outside production mode it is made
 *                       (owner-readable only) when missing, and without a path a key lives in memory
 * @param toolsSecret    secret of the {@code nc-tools} client (client_credentials)
 * @param accessTokenTtl lifetime of an access token
 * @param dashboard      the {@code nc-dashboard} client (authorization_code)
 * @param users          people who sign in to the dashboard, with the roles and centers their tokens carry
 */
@ConfigurationProperties("nc.issuer")
public record IssuerProperties(
        @DefaultValue("http://127.0.0.1:9000") URI url,
        boolean production,
        Path keyFile,
        String toolsSecret,
        @DefaultValue("1h") Duration accessTokenTtl,
        @DefaultValue Dashboard dashboard,
        @DefaultValue List<User> users) {

    /**
     * @param secret       client secret of {@code nc-dashboard}
     * @param redirectUris where the dashboard receives the code (exact match; the dashboard builds it
     *                     from the host the browser used, so list each host name it is reached by)
     * @param requirePkce  whether the dashboard must send a PKCE code challenge
     * @param postLogoutRedirectUris where the issuer may send the browser back after signing out
     */
    public record Dashboard(
            String secret,
            @DefaultValue({"http://127.0.0.1:8080/login/oauth2/code/nc", "http://localhost:8080/login/oauth2/code/nc"})
            List<String> redirectUris,
            @DefaultValue("true") boolean requirePkce,
            @DefaultValue({"http://127.0.0.1:8080/dashboard/signed-out.html", "http://localhost:8080/dashboard/signed-out.html"})
            List<String> postLogoutRedirectUris) {
    }

    /**
     * @param roles         role names, {@code NETWORK_ADMIN} or {@code network-admin} alike
     * @param centers       the centers a CENTER_STAFF or KIOSK user works for
     * @param participantId the participant a PARTICIPANT user is
     */
    public record User(String username, String password, List<String> roles, List<String> centers, UUID participantId) {
    }
}
