package cn.hazardledger.chassis.web.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** The response headers every service adds, and who may call it from a browser (README "Security"). */
@ConfigMapping(prefix = "hazardledger.http")
public interface HttpHeadersConfig {

    /**
     * The exact origins (scheme://host[:port]) a browser application may call the API from ({@code CORS_ORIGINS},
     * comma-separated). None by default: no cross-origin call is allowed, and no CORS header is ever sent.
     */
    Optional<List<String>> corsOrigins();

    /**
     * Strict-Transport-Security's max-age in seconds, sent on every answer: a browser honours it only over HTTPS,
     * which production terminates in front of the service, and ignores it over the local run's plain HTTP.
     */
    @WithDefault("31536000")
    long hstsMaxAge();
}
