package cn.hazardledger.notifyservice.webhook;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The pure parts, built from the configuration. */
@Singleton
public class WebhookBeans {

    @Produces
    @Singleton
    TargetRules targetRules(WebhookConfig config) {
        return new TargetRules(config.targets(), TargetRules.jdk());
    }

    @Produces
    @Singleton
    Backoff backoff(WebhookConfig config) {
        return Backoff.of(config.retry());
    }
}
