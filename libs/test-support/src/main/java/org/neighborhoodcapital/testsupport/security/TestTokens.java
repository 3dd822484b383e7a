package org.neighborhoodcapital.testsupport.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signed bearer tokens for tests, with the claims the services read: {@code sub}, {@code roles},
 * {@code centers}, {@code participant_id}. Signed by {@link TestIssuer}, valid for 12 hours.
 */
public final class TestTokens {

    private static final Duration LIFETIME = Duration.ofHours(12);

    private TestTokens() {
    }

    public static String networkAdmin() {
        return token("test-admin", List.of("NETWORK_ADMIN"), List.of(), null);
    }

    public static String centerStaff(String... centers) {
        return token("test-staff-" + String.join("-", centers), List.of("CENTER_STAFF"), Arrays.asList(centers), null);
    }

    public static String kiosk(String center) {
        return token("test-kiosk-" + center, List.of("KIOSK"), List.of(center), null);
    }

    public static String analyst() {
        return token("test-analyst", List.of("ANALYST"), List.of(), null);
    }

    public static String participant(UUID participantId) {
        return token("test-participant-" + participantId, List.of("PARTICIPANT"), List.of(), participantId);
    }

    /** Any combination of claims, signed by the test issuer. */
    public static String token(String subject, Collection<String> roles, Collection<String> centers, UUID participantId) {
        return sign(TestIssuer.signingKey(), TestIssuer.issuerUri(), subject, roles, centers, participantId,
                Instant.now().plus(LIFETIME));
    }

    /** A network-admin token that expired an hour ago. */
    public static String expiredNetworkAdmin() {
        return sign(TestIssuer.signingKey(), TestIssuer.issuerUri(), "test-admin", List.of("NETWORK_ADMIN"), List.of(), null,
                Instant.now().minus(Duration.ofHours(1)));
    }

    /** A network-admin token signed by a key the services do not know (a forged token). */
    public static String forgedNetworkAdmin() {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).keyID(TestIssuer.signingKey().getKeyID()).generate();
            return sign(stranger, TestIssuer.issuerUri(), "test-admin", List.of("NETWORK_ADMIN"), List.of(), null,
                    Instant.now().plus(LIFETIME));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(RSAKey key, String issuer, String subject, Collection<String> roles, Collection<String> centers,
            UUID participantId, Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .issueTime(Date.from(Instant.now().minusSeconds(60)))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.copyOf(roles))
                .claim("centers", List.copyOf(centers));
        if (participantId != null) {
            claims.claim("participant_id", participantId.toString());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a test token", e);
        }
    }
}
