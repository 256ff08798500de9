package org.returneeregistry.node.store;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key of the node's store, derived from the node passphrase with PBKDF2-HMAC-SHA256 and a random salt kept
 * beside the store. The key itself is never written anywhere: whoever holds the disk but not the passphrase holds
 * ciphertext only.
 */
public final class NodeKey {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;

    public static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final int MIN_PASSPHRASE = 12;

    private final String hex;

    private NodeKey(String hex) {
        this.hex = hex;
    }

    /** Derives the key; a passphrase shorter than 12 characters is refused rather than weakly protected. */
    public static NodeKey derive(char[] passphrase, byte[] salt) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new IllegalArgumentException(
                    "the node passphrase must have at least " + MIN_PASSPHRASE + " characters");
        }
        try {
            PBEKeySpec spec = new PBEKeySpec(passphrase, salt, ITERATIONS, KEY_BITS);
            try {
                byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                        .generateSecret(spec)
                        .getEncoded();
                return new NodeKey(HexFormat.of().formatHex(key));
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    /**
     * The password H2 opens the store with: the file password (the AES key material) and, after a space, the
     * database user's password, both from the derived key.
     */
    String h2Password() {
        return hex.substring(0, 32) + " " + hex.substring(32);
    }

    @Override
    public String toString() {
        return "NodeKey[hidden]";
    }
}
