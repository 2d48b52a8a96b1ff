package cn.hazardledger.launcher.ledgerbench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * hazard-service's heap, sampled every 50 ms by {@code jstat -gc PID 50} while the export runs. jstat reads the
 * counters the JVM publishes in its shared-memory perf file: nothing runs inside the service, no safepoint, no
 * allocation, unlike polling /q/metrics (a request, a response and garbage in the very heap being measured) or jcmd
 * (an attach and a VM operation per sample). Used heap is the survivor, eden and old spaces' used bytes; its
 * maximum over the samples is the peak (garbage included: what the heap had to hold before a collection).
 */
final class HeapSampler implements AutoCloseable {

    record Peak(long usedKb, long committedKb, int samples, long youngGcs, long fullGcs) {
    }

    private final Process jstat;
    private final Thread reader;
    private volatile long maxUsed;
    private volatile long maxCommitted;
    private volatile int samples;
    private volatile long firstYoung = -1;
    private volatile long firstFull = -1;
    private volatile long lastYoung;
    private volatile long lastFull;

    HeapSampler(long pid) throws IOException {
        Path bin = Path.of(System.getProperty("java.home"), "bin", "jstat");
        String command = Files.isExecutable(bin) ? bin.toString() : "jstat";
        jstat = new ProcessBuilder(command, "-gc", Long.toString(pid), "50").redirectErrorStream(true).start();
        reader = new Thread(this::read, "jstat-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * hazard-service's process as deploy/run starts it: its jar on the command line and HTTP_PORT={@code port} in its
     * environment, so that a hazard-service of another checkout's tests on the same machine is never taken for it.
     */
    static Optional<ProcessHandle> hazardService(int port) {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(c -> c.contains("hazard-service/target/quarkus-app/quarkus-run.jar")).orElse(false))
                .filter(p -> listensOn(p.pid(), port)).findFirst();
    }

    private static boolean listensOn(long pid, int port) {
        try {
            String environment = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")),
                    StandardCharsets.UTF_8);
            return Arrays.asList(environment.split("\0")).contains("HTTP_PORT=" + port);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The -Xmx the process was started with, or "default" without one. */
    static String maxHeapOption(ProcessHandle p) {
        return p.info().arguments().stream().flatMap(Arrays::stream).filter(a -> a.startsWith("-Xmx"))
                .reduce((a, b) -> b).orElse("default");
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> header = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.trim().split("\\s+");
                if (line.contains("S0C")) {
                    header = List.of(cells);
                    continue;
                }
                if (header == null || cells.length != header.size()) {
                    continue;
                }
                double used = cell(header, cells, "S0U") + cell(header, cells, "S1U") + cell(header, cells, "EU")
                        + cell(header, cells, "OU");
                double committed = cell(header, cells, "S0C") + cell(header, cells, "S1C") + cell(header, cells, "EC")
                        + cell(header, cells, "OC");
                maxUsed = Math.max(maxUsed, (long) used);
                maxCommitted = Math.max(maxCommitted, (long) committed);
                lastYoung = (long) cell(header, cells, "YGC");
                lastFull = (long) cell(header, cells, "FGC");
                if (firstYoung < 0) {
                    firstYoung = lastYoung;
                    firstFull = lastFull;
                }
                samples++;
            }
        } catch (IOException | NumberFormatException e) {
            // the sampler ends with the process; what was read stands
        }
    }

    private static double cell(List<String> header, String[] cells, String name) {
        int i = header.indexOf(name);
        return i < 0 ? 0 : Double.parseDouble(cells[i]);
    }

    /** Waits for the first sample, so that the measured operation starts with the sampler running. */
    void awaitFirstSample() throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (samples == 0 && System.nanoTime() < deadline && jstat.isAlive()) {
            Thread.sleep(5);
        }
    }

    Peak peak() {
        return new Peak(maxUsed, maxCommitted, samples, lastYoung - Math.max(firstYoung, 0), lastFull - Math.max(firstFull, 0));
    }

    @Override
    public void close() throws InterruptedException {
        jstat.destroy();
        jstat.waitFor();
        reader.join(2000);
    }
}
