package org.neighborhoodcapital.local;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Small JSON-over-HTTP client for the platform's public APIs; any unexpected status is an error. */
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

    PlatformHttp(JsonMapper json) {
        this.json = json;
    }

    /** POSTs the body and returns the JSON answer; fails unless the status is the expected one. */
    JsonNode post(URI uri, String contentType, String body, int expectedStatus) {
        return expect(uri, postAnyStatus(uri, contentType, body), expectedStatus);
    }

    /** POSTs the body; the caller decides what a status means. */
    Response postAnyStatus(URI uri, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(request);
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
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .GET()
                .build();
        return send(request);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), parse(response.body()), response.body());
        } catch (ConnectException e) {
            throw new PlatformHttpException("Nothing answers at " + request.uri() + " (is the service running?)", e);
        } catch (IOException e) {
            throw new PlatformHttpException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformHttpException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    private JsonNode parse(String text) {
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
}
