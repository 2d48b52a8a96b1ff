package cn.hazardledger.hazardservice.publicreport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret that lets the reporter alone read their report's status: 160 random bits, shown once. Only its SHA-256
 * is kept. A slow password hash (bcrypt, Argon2) protects guessable secrets a person chose; 2^160 random values
 * cannot be searched from a stolen hash, fast hash or not, so SHA-256 is enough and costs the status read nothing.
 */
final class ReportSecret {

    static final int BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReportSecret() {
    }

    static String next() {
        byte[] raw = new byte[BYTES];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant time in the compared bytes: the answer's timing tells nothing of how close a guess came. */
    static boolean matches(String secret, String storedHash) {
        String candidate = hash(secret == null ? "" : secret);
        return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
