package org.neighborhoodcapital.issuer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The RSA key that signs every token. Read from a PKCS#8 PEM file; outside production mode a
 * missing file is made (readable by its owner only) so that tokens stay valid across restarts.
 * The key id is the key's JWK thumbprint: the same key always has the same {@code kid}.
 */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";
    private static final String MAKE_ONE = "Make a key with: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out issuer-key.pem"
            + " (keep it outside the repository) and set nc.issuer.key-file (env NC_ISSUER_KEYFILE) to its path.";

    private SigningKeys() {
    }

    static RSAKey load(Path keyFile, IssuerMode mode) {
        if (keyFile == null) {
            if (mode.production()) {
                throw new IssuerConfigurationException(
                        "nc.issuer.key-file is not set; production mode needs the RSA signing key", MAKE_ONE);
            }
            log.warn("issuer: no nc.issuer.key-file, signing with a key held in memory: tokens stop validating when the issuer restarts");
            return jwk(generate());
        }
        if (Files.isRegularFile(keyFile)) {
            return jwk(read(keyFile));
        }
        if (mode.production()) {
            throw new IssuerConfigurationException(
                    "nc.issuer.key-file " + keyFile + " does not exist; production mode needs the RSA signing key", MAKE_ONE);
        }
        KeyPair made = generate();
        write(keyFile, made);
        log.info("issuer: made a signing key in {}", keyFile);
        return jwk(made);
    }

    static KeyPair read(Path keyFile) {
        String pem;
        try {
            pem = Files.readString(keyFile, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IssuerConfigurationException("nc.issuer.key-file " + keyFile + " cannot be read: " + e.getMessage(),
                    "Make the file readable by the issuer's user.", e);
        }
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IssuerConfigurationException("nc.issuer.key-file " + keyFile + " is not a PKCS#8 PEM private key (no '" + BEGIN + "')",
                    "Convert it with: openssl pkcs8 -topk8 -nocrypt -in old.pem -out issuer-key.pem. " + MAKE_ONE);
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (!(rsa.generatePrivate(new PKCS8EncodedKeySpec(der)) instanceof RSAPrivateCrtKey privateKey)) {
                throw new GeneralSecurityException("not an RSA key with CRT parameters");
            }
            if (privateKey.getModulus().bitLength() < 2048) {
                throw new GeneralSecurityException("RSA keys shorter than 2048 bits are refused");
            }
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IssuerConfigurationException("nc.issuer.key-file " + keyFile + " holds no usable RSA private key: " + e.getMessage(),
                    MAKE_ONE, e);
        }
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        }
    }

    /** Writes the key next to its final place, owner-only, then moves it there: a crash leaves no half-written key. */
    private static void write(Path keyFile, KeyPair pair) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded());
        String pem = BEGIN + "\n" + body + "\n" + END + "\n";
        try {
            Path dir = keyFile.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = dir.resolve(keyFile.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            try {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(temp);
            }
            Files.writeString(temp, pem, StandardCharsets.US_ASCII);
            try {
                Files.move(temp, keyFile, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                Files.move(temp, keyFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IssuerConfigurationException("nc.issuer.key-file " + keyFile + " cannot be written: " + e.getMessage(),
                    "Point nc.issuer.key-file at a writable place, or make the key yourself. " + MAKE_ONE, e);
        }
    }

    private static RSAKey jwk(KeyPair pair) {
        try {
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey(pair.getPrivate())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint()
                    .build();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the key's thumbprint", e);
        }
    }
}
