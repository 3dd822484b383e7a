package org.neighborhoodcapital.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/** The seeder's HTTP client against a stand-in issuer and service on loopback. */
class PlatformHttpTest {

    private HttpServer server;
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile String acceptedToken = "token-1";

    @TempDir
    Path dir;

    @BeforeEach
    void startIssuerAndService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth2/token", exchange -> {
            tokenRequests.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            respond(exchange, 200, "{\"access_token\":\"token-" + tokensIssued.incrementAndGet() + "\",\"expires_in\":3600}");
        });
        server.createContext("/api/thing", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(String.valueOf(authorization));
            boolean ok = ("Bearer " + acceptedToken).equals(authorization);
            respond(exchange, ok ? 200 : 401, ok ? "{\"ok\":true}" : "{\"status\":401}");
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        System.clearProperty("nc.issuer.url");
        System.clearProperty("nc.tools.secret-file");
    }

    @Test
    void everyCallCarriesANetworkAdminTokenOfTheToolsClientFetchedOnce() throws IOException {
        PlatformHttp http = withIssuer();

        assertEquals(200, http.get(thing()).status());
        assertEquals(200, http.postAnyStatus(thing(), "application/json", "{}").status());

        assertEquals(List.of("Bearer token-1", "Bearer token-1"), authorizations);
        assertEquals(1, tokenRequests.size());
        String basic = "Basic " + Base64.getEncoder().encodeToString("nc-tools:s3cret".getBytes(StandardCharsets.UTF_8));
        assertTrue(tokenRequests.getFirst().startsWith(basic + " grant_type=client_credentials&role=network-admin"),
                tokenRequests.getFirst());
    }

    @Test
    void aRejectedTokenIsRenewedAndTheCallMadeOnceMore() throws IOException {
        PlatformHttp http = withIssuer();
        assertEquals(200, http.get(thing()).status());
        acceptedToken = "token-2"; // as after an issuer restart with a new key

        assertEquals(200, http.get(thing()).status());

        assertEquals(List.of("Bearer token-1", "Bearer token-1", "Bearer token-2"), authorizations);
        assertEquals(2, tokenRequests.size());
    }

    @Test
    void withoutAnIssuerNoTokenIsSent() {
        PlatformHttp http = new PlatformHttp(JsonMapper.builder().build());

        assertEquals(401, http.get(thing()).status());

        assertEquals(List.of("null"), authorizations);
        assertNull(System.getProperty("nc.issuer.url"));
    }

    private PlatformHttp withIssuer() throws IOException {
        Path secret = Files.writeString(dir.resolve("tools-secret"), "s3cret\n");
        System.setProperty("nc.issuer.url", "http://127.0.0.1:" + server.getAddress().getPort());
        System.setProperty("nc.tools.secret-file", secret.toString());
        return new PlatformHttp(JsonMapper.builder().build());
    }

    private URI thing() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/thing");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
