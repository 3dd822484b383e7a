package org.neighborhoodcapital.local;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Small JSON-over-HTTP client for the platform's public APIs; any unexpected status is an error.
 * Like any client it sends a bearer token: a NETWORK_ADMIN token of the local issuer's operator client
 * {@code nc-tools} (client_credentials), renewed before it expires and once more when a service answers
 * 401. The issuer comes from {@code -Dnc.issuer.url} or {@code NC_ISSUER_URL}, the client secret from
 * the file named by {@code -Dnc.tools.secret-file} or {@code NC_TOOLS_SECRET_FILE} (infra/local/bin/stack
 * sets both). Without an issuer URL no token is sent.
 */
final class PlatformHttp {

    record Response(int status, JsonNode body, String text) {
    }

    static final class PlatformHttpException extends RuntimeException {
        PlatformHttpException(String message) {
            super(message);
        }

        PlatformHttpException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json;
    private final IssuerTokens tokens;

    PlatformHttp(JsonMapper json) {
        this.json = json;
        this.tokens = IssuerTokens.configured(client, json);
    }

    /** POSTs the body and returns the JSON answer; fails unless the status is the expected one. */
    JsonNode post(URI uri, String contentType, String body, int expectedStatus) {
        return expect(uri, postAnyStatus(uri, contentType, body), expectedStatus);
    }

    /** POSTs the body; the caller decides what a status means. */
    Response postAnyStatus(URI uri, String contentType, String body) {
        return send(() -> HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The answer's JSON when its status is the expected one, else an error naming the call. */
    static JsonNode expect(URI uri, Response response, int expectedStatus) {
        if (response.status() != expectedStatus) {
            throw new PlatformHttpException("POST " + uri + " answered " + response.status() + " (expected "
                    + expectedStatus + "): " + abbreviate(response.text()));
        }
        return response.body();
    }

    /** GETs the URI; the caller decides what a status means. */
    Response get(URI uri) {
        return send(() -> HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .GET());
    }

    private interface RequestTemplate {
        HttpRequest.Builder builder();
    }

    /** Sends with the current token; a 401 (the issuer restarted with another key, say) gets one more try with a new token. */
    private Response send(RequestTemplate template) {
        if (tokens == null) {
            return send(template.builder().build());
        }
        String token = tokens.current();
        Response response = send(template.builder().header("Authorization", "Bearer " + token).build());
        if (response.status() == 401) {
            response = send(template.builder().header("Authorization", "Bearer " + tokens.renewAfterRejection(token)).build());
        }
        return response;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), parse(json, response.body()), response.body());
        } catch (ConnectException e) {
            throw new PlatformHttpException("Nothing answers at " + request.uri() + " (is the service running?)", e);
        } catch (IOException e) {
            throw new PlatformHttpException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformHttpException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    private static JsonNode parse(JsonMapper json, String text) {
        if (text == null || text.isBlank()) {
            return json.missingNode();
        }
        try {
            return json.readTree(text);
        } catch (RuntimeException notJson) {
            return json.missingNode();
        }
    }

    static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }

    /** NETWORK_ADMIN tokens of client nc-tools, fetched when needed and renewed a minute before they expire. */
    private static final class IssuerTokens {

        private static final String CLIENT_ID = "nc-tools";
        private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

        private final HttpClient client;
        private final JsonMapper json;
        private final URI tokenEndpoint;
        private final Path secretFile;
        private String token;
        private Instant renewAt = Instant.MIN;

        private IssuerTokens(HttpClient client, JsonMapper json, URI tokenEndpoint, Path secretFile) {
            this.client = client;
            this.json = json;
            this.tokenEndpoint = tokenEndpoint;
            this.secretFile = secretFile;
        }

        /** The configured issuer, or null when there is none (then requests go without a token). */
        static IssuerTokens configured(HttpClient client, JsonMapper json) {
            String issuer = setting("nc.issuer.url", "NC_ISSUER_URL");
            if (issuer == null) {
                return null;
            }
            String secretFile = setting("nc.tools.secret-file", "NC_TOOLS_SECRET_FILE");
            if (secretFile == null) {
                throw new PlatformHttpException("The issuer is set (" + issuer + ") but not the file with client " + CLIENT_ID
                        + "'s secret: set NC_TOOLS_SECRET_FILE (or -Dnc.tools.secret-file)");
            }
            String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
            return new IssuerTokens(client, json, URI.create(base + "/oauth2/token"), Path.of(secretFile));
        }

        private static String setting(String property, String environment) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                value = System.getenv(environment);
            }
            return value == null || value.isBlank() ? null : value.trim();
        }

        synchronized String current() {
            if (token == null || !Instant.now().isBefore(renewAt)) {
                fetch();
            }
            return token;
        }

        /** A new token unless another request already replaced the rejected one. */
        synchronized String renewAfterRejection(String rejected) {
            if (rejected.equals(token)) {
                fetch();
            }
            return token;
        }

        private void fetch() {
            String secret;
            try {
                secret = Files.readString(secretFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new PlatformHttpException("Cannot read client " + CLIENT_ID + "'s secret from " + secretFile + ": " + e, e);
            }
            String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + secret).getBytes(StandardCharsets.UTF_8));
            String form = "grant_type=client_credentials&role=network-admin&subject="
                    + URLEncoder.encode("demo-seeder", StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build();
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                throw new PlatformHttpException("Nothing answers at the issuer " + tokenEndpoint + " (is it running?)", e);
            } catch (IOException e) {
                throw new PlatformHttpException("Token request to " + tokenEndpoint + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformHttpException("Interrupted during the token request to " + tokenEndpoint, e);
            }
            JsonNode body = parse(json, response.body());
            String accessToken = body.path("access_token").asString("");
            if (response.statusCode() != 200 || accessToken.isEmpty()) {
                throw new PlatformHttpException("The issuer refused a token (" + response.statusCode() + "): "
                        + abbreviate(response.body()));
            }
            Instant now = Instant.now();
            long lifetime = body.path("expires_in").asLong(300);
            token = accessToken;
            renewAt = now.plusSeconds(lifetime).minus(RENEW_BEFORE_EXPIRY);
            if (!renewAt.isAfter(now)) {
                renewAt = now.plusSeconds(Math.max(1, lifetime / 2));
            }
        }
    }
}
