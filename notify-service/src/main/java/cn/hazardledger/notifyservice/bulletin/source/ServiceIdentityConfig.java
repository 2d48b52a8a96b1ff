package cn.hazardledger.notifyservice.bulletin.source;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * The identity notify-service calls hazard- and task-service with (role SYSTEM, a region claim). Production takes
 * a token from the OIDC provider by the client-credentials grant; the local run and the tests sign a short-lived
 * token themselves with the key the services already trust (notify-service/docs/bulletins.md, "Identity").
 */
@ConfigMapping(prefix = "bulletins.identity")
public interface ServiceIdentityConfig {

    enum Mechanism {
        /** Sign a token with {@link #signingKeyLocation()}: the local run's key pair, or the tests'. */
        SIGNED_KEY,
        /** Ask the OIDC provider (quarkus.oidc-client.*) for a client-credentials token. */
        OIDC_CLIENT
    }

    @WithDefault("SIGNED_KEY")
    Mechanism mechanism();

    /**
     * SIGNED_KEY only: a PKCS#8 PEM private key, a file path or a classpath resource
     * ({@code BULLETINS_SIGNING_KEY_LOCATION}; deploy/run passes {@code .data/keys/private.pem}).
     */
    Optional<String> signingKeyLocation();

    /** SIGNED_KEY only: the issuer the other services check (theirs is JWT_ISSUER too). */
    @WithDefault("https://hazard-ledger.local")
    String issuer();

    /** SIGNED_KEY only: the audience the other services require (theirs is JWT_AUDIENCE too). */
    @WithDefault("hazard-ledger")
    String audience();

    /** SIGNED_KEY only: the token's subject, what the other services log and stamp as the caller. */
    @WithDefault("notify-service")
    String subject();

    /** SIGNED_KEY only: a token lives this long; a fresh one is signed for each bulletin. */
    @WithDefault("PT5M")
    Duration tokenLife();
}
