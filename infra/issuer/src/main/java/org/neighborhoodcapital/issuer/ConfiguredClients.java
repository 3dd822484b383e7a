package org.neighborhoodcapital.issuer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The two clients, made from configuration: {@code nc-tools} (client_credentials, the local operator
 * tool) and {@code nc-dashboard} (authorization_code, the reporting dashboard). A client whose
 * secret is not configured does not exist, except in production mode, where that stops the start.
 */
final class ConfiguredClients implements RegisteredClientRepository {

    static final String TOOLS = "nc-tools";
    static final String DASHBOARD = "nc-dashboard";
    private static final Logger log = LoggerFactory.getLogger(ConfiguredClients.class);
    private static final int MIN_PRODUCTION_SECRET = 16;

    private final Map<String, RegisteredClient> byClientId;

    ConfiguredClients(IssuerProperties properties, IssuerMode mode, PasswordEncoder encoder) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
        List<RegisteredClient> clients = new ArrayList<>();
        if (secretPresent(properties.toolsSecret(), "nc.issuer.tools-secret", "NC_ISSUER_TOOLSSECRET", TOOLS, mode)) {
            clients.add(RegisteredClient.withId(TOOLS)
                    .clientId(TOOLS)
                    .clientName("local operator tool (make token, demo seeder)")
                    .clientSecret(encoder.encode(properties.toolsSecret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .tokenSettings(tokens)
                    .build());
        }
        IssuerProperties.Dashboard dashboard = properties.dashboard();
        if (secretPresent(dashboard.secret(), "nc.issuer.dashboard.secret", "NC_ISSUER_DASHBOARD_SECRET", DASHBOARD, mode)) {
            if (dashboard.redirectUris().isEmpty()) {
                throw new IssuerConfigurationException("nc.issuer.dashboard.redirect-uris is empty",
                        "Set the dashboard's redirect URI, e.g. http://127.0.0.1:8080/login/oauth2/code/nc.");
            }
            clients.add(RegisteredClient.withId(DASHBOARD)
                    .clientId(DASHBOARD)
                    .clientName("reporting dashboard")
                    .clientSecret(encoder.encode(dashboard.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUris(uris -> uris.addAll(dashboard.redirectUris()))
                    .postLogoutRedirectUris(uris -> uris.addAll(dashboard.postLogoutRedirectUris()))
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder()
                            .requireProofKey(dashboard.requirePkce())
                            .requireAuthorizationConsent(false)
                            .build())
                    .tokenSettings(TokenSettings.builder()
                            .accessTokenTimeToLive(properties.accessTokenTtl())
                            .reuseRefreshTokens(false)
                            .build())
                    .build());
        }
        this.byClientId = clients.stream().collect(Collectors.toUnmodifiableMap(RegisteredClient::getClientId, Function.identity()));
        log.info("issuer: clients {}", byClientId.keySet().stream().sorted().toList());
    }

    private static boolean secretPresent(String secret, String property, String env, String client, IssuerMode mode) {
        if (secret == null || secret.isBlank()) {
            if (mode.production()) {
                throw new IssuerConfigurationException(property + " is not set; production mode needs the secret of client " + client,
                        "Set " + property + " (env " + env + ") from your secret store.");
            }
            log.warn("issuer: {} is not set, client {} is off", property, client);
            return false;
        }
        if (mode.production() && secret.length() < MIN_PRODUCTION_SECRET) {
            throw new IssuerConfigurationException(property + " is shorter than " + MIN_PRODUCTION_SECRET + " characters",
                    "Use a generated secret, e.g. openssl rand -base64 32.");
        }
        return true;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("clients come from configuration");
    }

    @Override
    public RegisteredClient findById(String id) {
        return byClientId.values().stream().filter(client -> client.getId().equals(id)).findFirst().orElse(null);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return byClientId.get(clientId);
    }
}
