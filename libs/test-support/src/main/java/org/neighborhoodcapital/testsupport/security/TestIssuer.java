package org.neighborhoodcapital.testsupport.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;

/**
 * A token issuer inside the test JVM: a real RSA key pair, its public JWK set served over HTTP at
 * {@link #jwkSetUri()}, and {@link TestTokens} signing with the private key. Services under test
 * validate tokens against it exactly as they do against the real issuer. Started on first use,
 * once per JVM; a daemon thread serves it until the JVM ends.
 */
public final class TestIssuer {

    private static final String KEY_ID = "nc-test-issuer";

    private static volatile TestIssuer instance;

    private final RSAKey key;
    private final HttpServer server;
    private final String issuerUri;

    private TestIssuer() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            this.key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(KEY_ID).build();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/oauth2/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "test-issuer");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            this.issuerUri = "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not serve the test issuer's JWK set", e);
        }
    }

    static TestIssuer get() {
        TestIssuer issuer = instance;
        if (issuer == null) {
            synchronized (TestIssuer.class) {
                if (instance == null) {
                    instance = new TestIssuer();
                }
                issuer = instance;
            }
        }
        return issuer;
    }

    /** The {@code iss} of every test token. */
    public static String issuerUri() {
        return get().issuerUri;
    }

    public static String jwkSetUri() {
        return get().issuerUri + "/oauth2/jwks";
    }

    /** The resource-server properties a service under test needs (for child processes: {@code --key=value}). */
    public static Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwkSetUri());
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuerUri());
        return properties;
    }

    static RSAKey signingKey() {
        return get().key;
    }
}
