package cn.hazardledger.launcher.demo;

import cn.hazardledger.launcher.ApiClient;
import cn.hazardledger.launcher.Identity;
import cn.hazardledger.launcher.Tokens;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Loads the demo ledger through the public API, step by step as its people would take them (demo-hazards.json), so
 * that the events flow and tasks and inbox notifications follow. The days of its history are taken in order, each
 * with hazard-service's clock at that day ({@link Days}). Every step has a fixed Idempotency-Key
 * ({@code <hazard key>/<step number>}) and is recorded as done when answered ({@link DemoProgress}), so a run cut
 * short and run again takes only what is missing; a marker file then says the whole story is there.
 */
public final class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String MARKER = "demo-data-loaded";
    static final String PROGRESS = "demo-progress.json";
    private static final int TAKEN = 0;
    private static final int REPLAYED = 1;
    private static final int FAILED = 2;

    /** Puts hazard-service at {@code day} of the demo's history (0 today, -20 twenty days ago); answers its base URL. */
    @FunctionalInterface
    public interface Days {
        String at(int day) throws IOException, InterruptedException;
    }

    /** Steps taken now, answered as already taken (a rerun), and failed or left out because an earlier step failed. */
    public record Outcome(int hazards, int taken, int replayed, int failed) {
    }

    private final DemoStory story;
    private final Clock clock;
    private final ApiClient client = new ApiClient();
    private final Map<String, String> tokens = new HashMap<>();
    private final DemoProgress progress;

    /** {@code progressFile}: where the progress is kept between runs (DemoProgress); null keeps it in memory. */
    public DemoData(DemoStory story, Clock clock, Path progressFile) throws IOException {
        this.story = story;
        this.clock = clock;
        this.progress = DemoProgress.in(progressFile);
    }

    public static boolean loaded(Path data) {
        return Files.exists(data.resolve(MARKER));
    }

    /**
     * The day hazard-service should start at: the first day with a step still to take (the story's first day on a
     * first run), or today when the demo was loaded before.
     */
    public static int startDay(Path data) throws IOException {
        return loaded(data) ? 0 : new DemoData(DemoStory.bundled(), Clock.systemUTC(), data.resolve(PROGRESS)).pendingDays()
                .stream().findFirst().orElse(0);
    }

    /** The days with a step not yet done, earliest first. */
    List<Integer> pendingDays() {
        return story.days().stream().filter(day -> story.hazards().stream().anyMatch(h -> {
            DemoProgress.Hazard p = progress.find(h.key());
            for (int i = 0; i < h.steps().size(); i++) {
                if (h.steps().get(i).day() == day && (p == null || !p.done.contains(i + 1))) {
                    return true;
                }
            }
            return false;
        })).toList();
    }

    /**
     * Loads the demo data unless an earlier run did; answers null when it was already there. The marker outlives
     * the services' 24-hour memory of Idempotency-Keys, which only guard a run cut short.
     */
    public static Outcome loadOnce(Path data, Days days, PrivateKey key) throws IOException, InterruptedException {
        if (loaded(data)) {
            return null;
        }
        Outcome outcome = new DemoData(DemoStory.bundled(), Clock.systemUTC(), data.resolve(PROGRESS)).load(days, key);
        if (outcome.failed() == 0) {
            Files.writeString(data.resolve(MARKER), Instant.now().toString());
        }
        return outcome;
    }

    /** Takes every step, day by day; hazard-service is back at today (day 0) when this returns, however it ends. */
    public Outcome load(Days days, PrivateKey key) throws IOException, InterruptedException {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        int[] counts = new int[FAILED + 1];
        List<Integer> pending = pendingDays();
        try {
            for (int day : story.days()) {
                if (!pending.contains(day)) {
                    // all done by an earlier run: no restart of hazard-service for nothing
                    counts[REPLAYED] += (int) story.hazards().stream().flatMap(h -> h.steps().stream())
                            .filter(s -> s.day() == day).count();
                    continue;
                }
                String base = days.at(day);
                int[] before = counts.clone();
                for (DemoStory.HazardStory hazard : story.hazards()) {
                    List<DemoStory.Step> steps = hazard.steps();
                    for (int i = 0; i < steps.size(); i++) {
                        if (steps.get(i).day() == day) {
                            counts[take(base, key, hazard, i, today.plusDays(day))]++;
                        }
                    }
                }
                LOG.info("demo day %d (%s): %d steps taken, %d already there, %d failed".formatted(day,
                        today.plusDays(day), counts[0] - before[0], counts[1] - before[1], counts[2] - before[2]));
            }
        } finally {
            days.at(0);
        }
        return new Outcome(story.hazards().size(), counts[0], counts[1], counts[2]);
    }

    /** Takes one step; answers TAKEN, REPLAYED or FAILED. A failed step leaves out the rest of its hazard's story. */
    private int take(String base, PrivateKey key, DemoStory.HazardStory hazard, int index, LocalDate date)
            throws InterruptedException {
        DemoStory.Step step = hazard.steps().get(index);
        DemoProgress.Hazard p = progress.of(hazard.key());
        String where = hazard.key() + " step " + (index + 1) + " (" + step.kind().word + ")";
        if (p.done.contains(index + 1)) {
            return REPLAYED;
        }
        if (p.broken) {
            LOG.warning(where + " left out: an earlier step of this hazard failed");
            return FAILED;
        }
        try {
            ApiClient.Answer answer = send(base, token(key, step.actor()), hazard.key() + "/%02d".formatted(index + 1),
                    step, p, date);
            if (answer.status() != step.kind().expectedStatus()) {
                p.broken = true;
                LOG.warning(where + " answered " + answer.status() + ": " + answer.text());
                return FAILED;
            }
            remember(step, answer.body(), p);
            progress.done(hazard.key(), index + 1);
            return answer.replayed() ? REPLAYED : TAKEN;
        } catch (IOException | IllegalArgumentException e) {
            p.broken = true;
            LOG.warning(where + " could not be taken: " + e);
            return FAILED;
        }
    }

    private ApiClient.Answer send(String base, String token, String idempotencyKey, DemoStory.Step step, DemoProgress.Hazard p,
                                   LocalDate date) throws IOException, InterruptedException {
        StepKind kind = step.kind();
        if (kind == StepKind.REPORT) {
            return client.post(base + kind.path(null, null), token, idempotencyKey, null, fill(step, date, p));
        }
        if (kind == StepKind.EVIDENCE) {
            return client.upload(base + kind.path(p.id, null), token, idempotencyKey, step.fileName(), step.caption(),
                    DemoPhoto.jpeg(idempotencyKey.substring(0, idempotencyKey.indexOf('/')) + "/" + step.name()));
        }
        // every step names the version it read (If-Match); a replayed step is answered before that is compared
        ApiClient.Answer read = client.get(base + "/hazards/" + p.id, token);
        if (read.status() != 200 || read.etag() == null) {
            return read;
        }
        return client.post(base + kind.path(p.id, p.extension), token, idempotencyKey, read.etag(), fill(step, date, p));
    }

    private JsonNode fill(DemoStory.Step step, LocalDate date, DemoProgress.Hazard own) {
        return Placeholders.fill(step.body(), date, new Placeholders.Ids() {
            @Override
            public String hazard(String key) {
                DemoProgress.Hazard other = progress.find(key);
                return other == null ? null : other.id;
            }

            @Override
            public String evidence(String name) {
                return own.evidence.get(name);
            }
        });
    }

    private static void remember(DemoStory.Step step, JsonNode answer, DemoProgress.Hazard p) {
        switch (step.kind()) {
            case REPORT -> p.id = answer.path("id").asText();
            case EVIDENCE -> p.evidence.put(step.name(), answer.path("id").asText());
            default -> {
                JsonNode pending = answer.path("rectification").path("pendingExtension");
                if (pending.isTextual()) {
                    p.extension = pending.asText();
                }
            }
        }
    }

    private String token(PrivateKey key, String actor) {
        Identity who = story.actors().get(actor);
        return tokens.computeIfAbsent(actor, a -> Tokens.mint(key, who));
    }
}
