package cn.hazardledger.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** The local run's token signing key pair: made once, kept in the data directory. */
public final class Keys {

    public static final String PRIVATE = "private.pem";
    public static final String PUBLIC = "public.pem";

    private Keys() {
    }

    /** Creates the key pair under {@code dir} unless it is there; answers the public key's path. */
    public static Path ensure(Path dir) throws IOException, GeneralSecurityException {
        Path priv = dir.resolve(PRIVATE);
        Path pub = dir.resolve(PUBLIC);
        if (Files.exists(priv) && Files.exists(pub)) {
            return pub;
        }
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        return pub;
    }

    public static PrivateKey loadPrivate(Path dir) throws IOException, GeneralSecurityException {
        Path file = dir.resolve(PRIVATE);
        if (!Files.exists(file)) {
            throw new IOException("no signing key at " + file + ": run deploy/run once first");
        }
        String body = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    /**
     * The file of the local run's field-encryption keys: hazard-service seals reporters' identities with them,
     * notify-service webhook signing secrets.
     */
    public static final String FIELD_ENCRYPTION = "field-encryption.keys";

    /**
     * The local run's field-encryption keys, {@code VERSION:BASE64}, made once (32 random bytes, version 1) and kept
     * beside the token key pair, so that what a run sealed opens in the next. Production gives its own keys.
     */
    public static String fieldEncryptionKeys(Path dir) throws IOException {
        Path file = dir.resolve(FIELD_ENCRYPTION);
        if (!Files.exists(file)) {
            Files.createDirectories(dir);
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            Files.writeString(file, "1:" + Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }

    /** The current version of {@code keys}: the highest one, as a rotation adds keys upwards. */
    public static String currentVersion(String keys) {
        int highest = 0;
        for (String entry : keys.split(",")) {
            highest = Math.max(highest, Integer.parseInt(entry.strip().substring(0, entry.strip().indexOf(':'))));
        }
        return Integer.toString(highest);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
