package cn.hazardledger.notifyservice.bulletin.source;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.Roles;
import io.quarkus.oidc.client.OidcClient;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * The bearer token notify-service presents to hazard- and task-service: role SYSTEM, and a region claim that
 * bounds what it may read. Never their databases: what a bulletin says is what their APIs answer anyone entitled.
 */
@ApplicationScoped
public class ServiceIdentity {

    @Inject
    ServiceIdentityConfig config;

    @Inject
    Instance<OidcClient> oidc;

    private volatile PrivateKey key;

    /** "Bearer ..." for reading {@code region}: signed for that region, or the OIDC client's (whose region is its own). */
    public String bearer(String region) {
        return "Bearer " + switch (config.mechanism()) {
            case SIGNED_KEY -> signed(region);
            case OIDC_CLIENT -> fromProvider();
        };
    }

    private String signed(String region) {
        return Jwt.issuer(config.issuer()).audience(config.audience()).subject(config.subject()).upn(config.subject())
                .groups(Set.of(Roles.SYSTEM)).claim(Caller.REGION_CLAIM, region)
                .claim("jti", UUID.randomUUID().toString()).expiresIn(config.tokenLife())
                .sign(key());
    }

    /**
     * The provider's token is cached by the OIDC client and refreshed before it expires. Its region claim is the
     * one the provider's mapper gives this client: it must cover every region bulletins are made for.
     */
    private String fromProvider() {
        return oidc.get().getTokens().await().atMost(Duration.ofSeconds(10)).getAccessToken();
    }

    private PrivateKey key() {
        PrivateKey k = key;
        if (k == null) {
            k = load(config.signingKeyLocation().orElseThrow(() -> new IllegalStateException(
                    "bulletins.identity.signing-key-location is not set (BULLETINS_SIGNING_KEY_LOCATION)")));
            key = k;
        }
        return k;
    }

    /** A file, or else a classpath resource (the tests' key ships in test-support). */
    static PrivateKey load(String location) {
        try {
            String pem;
            Path file = Path.of(location);
            if (Files.exists(file)) {
                pem = Files.readString(file, StandardCharsets.US_ASCII);
            } else {
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
                    if (in == null) {
                        throw new IllegalStateException("no signing key at " + location);
                    }
                    pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                }
            }
            byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the signing key at " + location + " cannot be read", e);
        }
    }
}
