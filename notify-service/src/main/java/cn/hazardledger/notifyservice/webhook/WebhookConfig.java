package cn.hazardledger.notifyservice.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Webhooks (notify-service/docs/webhooks.md, "Configuration"). Production takes the defaults. */
@ConfigMapping(prefix = "webhooks")
public interface WebhookConfig {

    Targets targets();

    Retry retry();

    Worker worker();

    Http http();

    /** Consecutive failed attempts of one subscription, whatever their deliveries, before it is suspended. */
    @WithDefault("10")
    int suspendAfter();

    /** How long the secret replaced by a rotation still signs, beside the new one. */
    @WithDefault("PT24H")
    Duration secretGrace();

    /** Which URLs a subscription may name; checked when it is saved and again before every send. */
    interface Targets {

        /** Plain http: off, since the signature proves the sender but does not hide the event. */
        @WithDefault("false")
        boolean allowHttp();

        /** 127.0.0.0/8 and ::1: only the test profile, whose receiver runs on the test machine. */
        @WithDefault("false")
        boolean allowLoopback();

        /**
         * 10/8, 172.16/12, 192.168/16, 100.64/10 and fc00::/7: on, since government systems often sit on the
         * government extranet's private addresses. Turn off where only public receivers are expected.
         */
        @WithDefault("true")
        boolean allowPrivate();
    }

    /** Exponential backoff with jitter: base × factor^(n−1), ±jitter, at most max; n counts failed attempts. */
    interface Retry {

        @WithDefault("PT30S")
        Duration base();

        @WithDefault("2")
        double factor();

        @WithDefault("PT2H")
        Duration max();

        /** Attempts of one delivery before it is given up (FAILED; a replay queues it again). */
        @WithDefault("15")
        int maxAttempts();

        /** ±20 %: replicas that failed together do not all retry in the same second. */
        @WithDefault("0.2")
        double jitter();
    }

    interface Worker {

        @WithDefault("true")
        boolean enabled();

        /** How often the queue is looked at when no new event woke the worker (another replica's, a retry). */
        @WithDefault("PT1S")
        Duration poll();

        /** Sends in flight at once, per replica. */
        @WithDefault("8")
        int concurrency();

        /** A claimed delivery is nobody else's for this long; longer than a send can take (timeouts below). */
        @WithDefault("PT1M")
        Duration lease();
    }

    interface Http {

        @WithDefault("PT5S")
        Duration connectTimeout();

        @WithDefault("PT10S")
        Duration requestTimeout();

        /** What is kept of a receiver's answer in the attempt log. */
        @WithDefault("1024")
        int responseSnippet();
    }
}
