package cn.hazardledger.launcher.faults;

import cn.hazardledger.launcher.Tokens;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A steady stream of reports, of the township's reviews of some of them, and of the walk of a share of the
 * confirmed ones on to closure ({@link Walk}), sent as phones send them: a write that got no answer or a 5xx is
 * retried with the same Idempotency-Key until it is acknowledged or the client gives up ({@link #GIVE_UP_AFTER}).
 * Every acknowledged write goes into the {@link Ledger}.
 */
public final class LoadDriver implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LoadDriver.class.getName());
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(150);
    private static final double REVIEW_SHARE = 0.3;

    private final Client client;
    private final Urls urls;
    private final Ledger ledger;
    private final Supplier<String> phase;
    private final String run;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService phones = Executors.newFixedThreadPool(16);
    private final AtomicInteger sequence = new AtomicInteger();
    private final Walk walk;

    /** Where the services are and who calls them. */
    public record Urls(String hazards, String inbox, String village, String inspectorToken, String townshipToken,
                Walk.Callers walkers) {

        /** The township of every drill (三星乡), its village, and the county that closes its major hazards. */
        public static final String TOWNSHIP = "500240213000";
        public static final String VILLAGE = "500240213007";
        public static final String COUNTY = "500240000000";

        /**
         * A drill's callers, their tokens signed by {@code key} with subjects named after the drill: an inspector
         * reports in the village, the township's clerk reviews and plans, and the closing side is never the submitter
         * (a second clerk, or the county for a major hazard).
         */
        public static Urls of(String hazards, String inbox, PrivateKey key, String drill) {
            String clerk = Tokens.mint(key, "TOWNSHIP", TOWNSHIP, drill + "-township");
            return new Urls(hazards, inbox, VILLAGE,
                    Tokens.mint(key, "INSPECTOR", TOWNSHIP, drill + "-inspector"), clerk,
                    new Walk.Callers(clerk, Tokens.mint(key, "TOWNSHIP", TOWNSHIP, drill + "-township-2"),
                            Tokens.mint(key, "REGULATOR", COUNTY, drill + "-county-regulator")));
        }
    }

    public LoadDriver(Client client, Urls urls, Ledger ledger, Supplier<String> phase, String run) {
        this.client = client;
        this.urls = urls;
        this.ledger = ledger;
        this.phase = phase;
        this.run = run;
        this.walk = new Walk(client, urls.hazards(), urls.walkers(), ledger, phase, this::untilAcknowledged, this::later);
    }

    public void start(double reportsPerSecond) {
        long every = Math.max(1, Math.round(1_000_000 / reportsPerSecond));
        clock.scheduleAtFixedRate(() -> phones.submit(this::reportOne), 0, every, TimeUnit.MICROSECONDS);
    }

    /** One report, retried until acknowledged; answers its hazard id, or null if the client gave up. */
    public String reportOne() {
        int n = sequence.incrementAndGet();
        String title = "故障演练 " + run + " #" + n;
        boolean major = n % 10 == 0;
        ledger.sent(title);
        // one key for every try: a retry of a report that did commit must answer that report, not make another
        String key = UUID.randomUUID().toString();
        Client.Answer answer = untilAcknowledged(() -> client.post(urls.hazards(), urls.inspectorToken(), key, null,
                Client.report(title, urls.village(), major)));
        if (answer == null || answer.status() != 201) {
            return null;
        }
        String id = answer.body().get("id").asText();
        ledger.reported(new Ledger.Report(title, id, major, phase.get()));
        if (ThreadLocalRandom.current().nextDouble() < REVIEW_SHARE) {
            later(() -> review(id, answer.etag(), n % 5 == 0, major), ThreadLocalRandom.current().nextLong(500, 3000));
        }
        return id;
    }

    /** Runs {@code task} on a phone after {@code millis}; once the load has stopped, nothing new is started. */
    private void later(Runnable task, long millis) {
        try {
            clock.schedule(() -> phones.submit(task), millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // the load has stopped: the hazard stays at its last acknowledged step, which is what reconciling expects
        }
    }

    private void review(String hazardId, String etag, boolean reject, boolean major) {
        String url = urls.hazards() + "/" + hazardId + (reject ? "/rejection" : "/confirmation");
        // a major hazard is confirmed with the determination standard of its industry (fireworks, in Client.report)
        Map<String, Object> body = reject ? Map.of("reason", "NOT_TRUE", "note", "故障演练：经核实不属实")
                : major ? Map.of("note", "故障演练：经核实纳入台账", "standardCode", "SAWS-2017-121-FIREWORKS",
                        "standardClause", "第二条")
                : Map.of("note", "故障演练：经核实纳入台账");
        String key = UUID.randomUUID().toString();
        Client.Answer answer = untilAcknowledged(() -> client.post(url, urls.townshipToken(), key, etag, body));
        String status = reject ? "REJECTED" : "CONFIRMED";
        if (answer == null) {
            ledger.inDoubt(hazardId, status);
        } else if (answer.status() == 200) {
            ledger.stepped(new Ledger.Step(hazardId, reject ? Ledger.REJECT : Ledger.CONFIRM,
                    answer.body().path("status").asText(), phase.get()));
            if (!reject && ThreadLocalRandom.current().nextDouble() < Walk.SHARE) {
                walk.from(hazardId, answer.etag(), major);
            }
        }
    }

    private Client.Answer untilAcknowledged(Supplier<Client.Answer> send) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        long backoff = 250;
        while (true) {
            Client.Answer answer = send.get();
            if (answer.replayed()) {
                ledger.replayed();
            }
            if (!answer.retryable()) {
                if (answer.status() >= 400) {
                    ledger.refused();
                    LOG.warning("a write was refused with " + answer.status() + ": " + answer.body());
                }
                return answer;
            }
            if (System.nanoTime() > deadline) {
                ledger.gaveUp();
                return null;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            backoff = Math.min(backoff * 2, 4000);
        }
    }

    /** Stops sending new reports and waits for those in flight (they may be retrying) to end. */
    @Override
    public void close() throws InterruptedException {
        clock.shutdownNow();
        phones.shutdown();
        if (!phones.awaitTermination(GIVE_UP_AFTER.toSeconds() + 30, TimeUnit.SECONDS)) {
            phones.shutdownNow();
        }
    }
}
