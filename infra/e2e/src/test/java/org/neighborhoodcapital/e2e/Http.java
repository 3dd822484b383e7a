package org.neighborhoodcapital.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.neighborhoodcapital.contracts.EnvelopeCodec;
import org.neighborhoodcapital.testsupport.security.TestTokens;

import tools.jackson.databind.JsonNode;

/**
 * A plain HTTP client for the public APIs, as any center's system would use them: every request carries
 * {@code Authorization: Bearer <token>} (a network admin's unless {@link #as(String)} names another
 * caller, none after {@link #anonymous()}).
 */
final class Http {

    record Response(int status, String contentType, JsonNode body, String raw) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final String NETWORK_ADMIN = TestTokens.networkAdmin();

    private final String baseUrl;
    private final String token;

    /** As a network admin. */
    Http(String baseUrl) {
        this(baseUrl, NETWORK_ADMIN);
    }

    private Http(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** The same service, called with this bearer token. */
    Http as(String bearerToken) {
        return new Http(baseUrl, java.util.Objects.requireNonNull(bearerToken, "bearerToken"));
    }

    /** The same service, called without any token. */
    Http anonymous() {
        return new Http(baseUrl, null);
    }

    String baseUrl() {
        return baseUrl;
    }

    Response postJson(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(EnvelopeCodec.mapper().writeValueAsString(body))));
    }

    Response post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE());
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** Any method with a body of the given type; {@code body} null for none. */
    Response request(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (body == null) {
            return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any method, with an optional JSON body. */
    Response method(String method, String path, Object jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (jsonBody == null) {
            return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(EnvelopeCodec.mapper().writeValueAsString(jsonBody))));
    }

    private Response send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<java.io.InputStream> response = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String raw;
            try (java.io.InputStream in = response.body()) {
                // a stream of Server-Sent Events never ends: the status and headers are the answer
                raw = contentType.startsWith("text/event-stream") ? ""
                        : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            JsonNode body = contentType.contains("json") && !raw.isEmpty() ? EnvelopeCodec.mapper().readTree(raw) : null;
            return new Response(response.statusCode(), contentType, body, raw);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
