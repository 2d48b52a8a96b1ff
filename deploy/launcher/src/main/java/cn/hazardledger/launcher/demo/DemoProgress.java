package cn.hazardledger.launcher.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the demo's steps so far gave the ones after, per hazard: its id, its uploads' ids, the extension it asked
 * for, and which steps are done. Kept in {@code .data/demo-progress.json} after every step, so that a first run that
 * failed part-way is taken up where it stopped by the next: the Idempotency-Keys alone cannot promise that, since
 * hazard-service forgets a key 24 hours after it was stamped, and a key stamped on a day of the demo's history is
 * weeks old to the service once it runs at the real time again. The keys still guard the one step in flight.
 */
final class DemoProgress {

    /** One hazard's progress; public fields, as the file holds them. */
    static final class Hazard {
        public String id;
        public Map<String, String> evidence = new TreeMap<>();
        public String extension;
        public TreeSet<Integer> done = new TreeSet<>();
        /** Not kept: a step that failed in this run leaves out the rest of the hazard's story, in this run only. */
        transient boolean broken;
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<String, Hazard> hazards;

    private DemoProgress(Path file, Map<String, Hazard> hazards) {
        this.file = file;
        this.hazards = hazards;
    }

    /** Progress kept in {@code file} (read when it exists); null keeps it in memory only. */
    static DemoProgress in(Path file) throws IOException {
        Map<String, Hazard> hazards = file != null && Files.exists(file)
                ? JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Hazard>>() { })
                : new LinkedHashMap<>();
        return new DemoProgress(file, hazards);
    }

    Hazard of(String key) {
        return hazards.computeIfAbsent(key, k -> new Hazard());
    }

    /** The hazard's progress, or null when it has none (not reported yet). */
    Hazard find(String key) {
        return hazards.get(key);
    }

    /** Records step {@code number} of {@code key} as done, on disk before the next step is sent. */
    void done(String key, int number) {
        of(key).done.add(number);
        if (file == null) {
            return;
        }
        try {
            Path next = file.resolveSibling(file.getFileName() + ".next");
            JSON.writeValue(next.toFile(), hazards);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the demo's progress in " + file, e);
        }
    }
}
