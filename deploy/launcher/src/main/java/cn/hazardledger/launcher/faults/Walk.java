package cn.hazardledger.launcher.faults;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A confirmed hazard walked on to closure as phones walk it, one step after the other, each step sending the ETag
 * the last answer gave and retried with its own Idempotency-Key until acknowledged: the township's five-in-place
 * plan, a photo of the fix, the submission citing it, and the closure by the closing side, which is never the
 * submitter (a second township clerk for a general hazard, a regulator of the county for a major one).
 * Every acknowledged step goes into the {@link Ledger}; a step given up on leaves the hazard in doubt there.
 */
public final class Walk {

    /** The share of confirmed hazards that are walked on. */
    static final double SHARE = 0.5;
    static final String PLAN = "PLAN_RECTIFICATION";
    static final String SUBMIT = "SUBMIT_RECTIFICATION";
    static final String CLOSE = "CLOSE";

    /** The tokens of the walk: the township's clerk plans and submits, another clerk or the county closes. */
    public record Callers(String township, String secondTownshipClerk, String countyRegulator) {
    }

    private final Client client;
    private final String hazards;
    private final Callers callers;
    private final Ledger ledger;
    private final Supplier<String> phase;
    private final Function<Supplier<Client.Answer>, Client.Answer> untilAcknowledged;
    private final BiConsumer<Runnable, Long> later;

    /**
     * @param untilAcknowledged sends a write again (same key) until it is acknowledged; null when the client gave up
     * @param later             runs a step after a pause of so many milliseconds, as a person takes their time
     */
    Walk(Client client, String hazards, Callers callers, Ledger ledger, Supplier<String> phase,
         Function<Supplier<Client.Answer>, Client.Answer> untilAcknowledged, BiConsumer<Runnable, Long> later) {
        this.client = client;
        this.hazards = hazards;
        this.callers = callers;
        this.ledger = ledger;
        this.phase = phase;
        this.untilAcknowledged = untilAcknowledged;
        this.later = later;
    }

    /** Walks on from the answer to the confirmation ({@code etag}) of a hazard. */
    void from(String hazardId, String etag, boolean major) {
        next(() -> plan(hazardId, etag, major));
    }

    private void plan(String hazardId, String etag, boolean major) {
        Client.Answer a = step(hazardId, PLAN, "RECTIFYING", callers.township(), etag, "/rectification-plan", plan());
        if (a != null) {
            next(() -> upload(hazardId, a.etag(), major));
        }
    }

    private void upload(String hazardId, String etag, boolean major) {
        String key = UUID.randomUUID().toString();
        Client.Answer a = untilAcknowledged.apply(() -> client.upload(url(hazardId, "/evidence"), callers.township(), key,
                "整改照片.jpg", "image/jpeg", Photo.JPEG));
        if (a == null) {
            ledger.inDoubt(hazardId, "RECTIFYING");
            return;
        }
        if (a.status() != 201) {
            return;
        }
        String evidenceId = a.body().get("id").asText();
        ledger.uploaded(new Ledger.Upload(hazardId, evidenceId, phase.get()));
        next(() -> submit(hazardId, etag, evidenceId, major));
    }

    private void submit(String hazardId, String etag, String evidenceId, boolean major) {
        Client.Answer a = step(hazardId, SUBMIT, "SUBMITTED", callers.township(), etag, "/submission",
                Map.of("summary", "故障演练：已更换灶具并加装报警器", "evidenceIds", List.of(evidenceId)));
        if (a != null) {
            next(() -> close(hazardId, a.etag(), major));
        }
    }

    private void close(String hazardId, String etag, boolean major) {
        String closer = major ? callers.countyRegulator() : callers.secondTownshipClerk();
        step(hazardId, CLOSE, "CLOSED", closer, etag, "/closure", Map.of("note", "故障演练：经现场复查，整改到位，同意销号"));
    }

    /** One step, retried with one key until acknowledged; answers the 200, or null when there is none. */
    private Client.Answer step(String hazardId, String action, String statusAfter, String token, String etag,
                               String path, Object body) {
        String key = UUID.randomUUID().toString();
        Client.Answer a = untilAcknowledged.apply(() -> client.post(url(hazardId, path), token, key, etag, body));
        if (a == null) {
            ledger.inDoubt(hazardId, statusAfter);
            return null;
        }
        if (a.status() != 200) {
            return null;
        }
        ledger.stepped(new Ledger.Step(hazardId, action, a.body().path("status").asText(), phase.get()));
        return a;
    }

    private void next(Runnable step) {
        later.accept(step, ThreadLocalRandom.current().nextLong(200, 1200));
    }

    private String url(String hazardId, String path) {
        return hazards + "/" + hazardId + path;
    }

    /** 五到位: every part, with a deadline a month ahead in China, so that no deadline alert joins the events. */
    private static Map<String, Object> plan() {
        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);
        return Map.of(
                "responsible", Map.of("name", "演练责任人", "post", "安全主管", "phone", "13800000000"),
                "measures", "故障演练：更换熄火保护灶具，加装可燃气体报警器",
                "funds", Map.of("amountYuan", 3500, "source", "企业自筹"),
                "deadline", deadline.toString(),
                "contingencyPlan", Map.of("text", "整改期间停用燃气，专人值守"));
    }
}
