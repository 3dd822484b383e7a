package org.neighborhoodcapital.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

import org.neighborhoodcapital.contracts.Envelope;

/**
 * {@link Envelope#deterministicId} without its per-call costs (a digest looked up each time): the
 * same name-based (type 3) UUID of the parts joined by "|", from a digest kept per thread. The
 * check-in stream computes millions of these.
 */
final class Ids {

    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    static UUID deterministic(String... parts) {
        byte[] hash = MD5.get().digest(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
        hash[6] &= 0x0f;
        hash[6] |= 0x30;
        hash[8] &= 0x3f;
        hash[8] |= (byte) 0x80;
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (hash[i] & 0xff);
        }
        for (int i = 8; i < 16; i++) {
            lsb = (lsb << 8) | (hash[i] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    private Ids() {
    }
}
