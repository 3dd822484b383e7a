package org.neighborhoodcapital.memberships.participant.protection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.neighborhoodcapital.memberships.participant.domain.ContactField;
import org.neighborhoodcapital.memberships.participant.domain.PersonalData;

/**
 * Keeps personal data unreadable at rest and still lets the store enforce "one record per person
 * and center".
 *
 * <p><b>Keys.</b> From the configured 32-byte key K two keys are derived (HKDF-Expand with one block:
 * {@code HMAC-SHA256(K, label || 0x01)}): one for AES-256-GCM encryption, one for HMAC-SHA256
 * fingerprints. K itself is used for nothing else, and neither derived key reveals the other.
 *
 * <p><b>Encryption.</b> {@link #seal} writes {@code version(1) || IV(12 random bytes) || AES-GCM(plaintext) || tag(16)}
 * with the participant id as additional authenticated data, so a sealed blob cannot be moved to
 * another participant's document unnoticed. The plaintext is the three fields, length-prefixed UTF-8.
 *
 * <p><b>Fingerprints.</b> {@link #fingerprint} is {@code base64url(HMAC-SHA256(Kf, "contact/v1" | centerId | field | normalized value))}:
 * equal for the same normalized contact at the same center, unrelated across centers, and useless
 * without the key (a plain hash of an e-mail could be reversed by hashing candidate e-mails).
 */
public final class PersonalDataProtection {

    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final String ENCRYPTION_LABEL = "nc-memberships/personal-data/aes-256-gcm/v1";
    private static final String FINGERPRINT_LABEL = "nc-memberships/contact-fingerprint/hmac-sha256/v1";

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec fingerprintKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataProtection(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the personal-data key must be " + KEY_BYTES + " bytes");
        }
        this.encryptionKey = new SecretKeySpec(derive(key, ENCRYPTION_LABEL), "AES");
        this.fingerprintKey = new SecretKeySpec(derive(key, FINGERPRINT_LABEL), "HmacSHA256");
    }

    /**
     * @param base64Key the value of {@code nc.memberships.personal-data-key}
     * @throws IllegalStateException with a message naming the property when it is missing or not 32 bytes of base64
     */
    public static PersonalDataProtection fromConfiguredKey(String base64Key) {
        String property = "nc.memberships.personal-data-key";
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException(property + " is not set: give a base64-encoded 32-byte key (e.g. `openssl rand -base64 32`)");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException notStandard) {
            try {
                key = Base64.getUrlDecoder().decode(base64Key.trim());
            } catch (IllegalArgumentException notUrl) {
                throw new IllegalStateException(property + " is not valid base64: give a base64-encoded 32-byte key (e.g. `openssl rand -base64 32`)");
            }
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(property + " decodes to " + key.length + " bytes, but must be " + KEY_BYTES
                    + " (e.g. `openssl rand -base64 32`)");
        }
        return new PersonalDataProtection(key);
    }

    /** Encrypts the personal data of one participant. */
    public byte[] seal(UUID participantId, PersonalData data) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(participantId));
            byte[] sealed = cipher.doFinal(encode(data));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(VERSION).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encrypting personal data failed", e);
        }
    }

    /**
     * Decrypts what {@link #seal} wrote for the same participant.
     *
     * @throws IllegalStateException when the blob was altered, belongs to another participant or was sealed with another key
     */
    public PersonalData open(UUID participantId, byte[] blob) {
        if (blob == null || blob.length < 1 + IV_BYTES + TAG_BITS / 8 || blob[0] != VERSION) {
            throw new IllegalStateException("personal data of participant " + participantId + " is not in a known format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, blob, 1, IV_BYTES));
            cipher.updateAAD(associatedData(participantId));
            return decode(cipher.doFinal(blob, 1 + IV_BYTES, blob.length - 1 - IV_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data of participant " + participantId
                    + " cannot be decrypted (altered, or sealed with another key)", e);
        }
    }

    /** The keyed fingerprint of a normalized contact at a center (what the unique indexes hold). */
    public String fingerprint(String centerId, ContactField field, String normalizedValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            mac.update(bytes("contact/v1"));
            for (String part : new String[] {centerId, field.name(), normalizedValue}) {
                byte[] value = bytes(part);
                mac.update(ByteBuffer.allocate(4).putInt(value.length).array());
                mac.update(value);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("fingerprinting a contact failed", e);
        }
    }

    private static byte[] derive(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(bytes(label));
            mac.update((byte) 1);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("deriving keys failed", e);
        }
    }

    private static byte[] associatedData(UUID participantId) {
        return bytes("participant/" + participantId);
    }

    private static byte[] encode(PersonalData data) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            for (String value : new String[] {data.displayName(), data.email(), data.phone()}) {
                if (value == null) {
                    out.writeInt(-1);
                } else {
                    byte[] utf8 = bytes(value);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static PersonalData decode(byte[] plaintext) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plaintext))) {
            String[] values = new String[3];
            for (int i = 0; i < values.length; i++) {
                int length = in.readInt();
                values[i] = length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
            }
            Arrays.fill(plaintext, (byte) 0);
            return new PersonalData(values[0], values[1], values[2]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
