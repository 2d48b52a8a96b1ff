package cn.hazardledger.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged Quarkus service run as a child JVM, configured only through environment variables. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * Sized for three services, a broker and PostgreSQL sharing one small machine: the serial collector and
     * the C1 compiler only (fast start, little memory), and a heap that starts small and gives memory back.
     * Without -Xms the JVM starts at 1/64 of the machine's memory (384 MB here, so the whole -Xmx at once),
     * though a service's live data is about 30 MB. SERVICE_JAVA_OPTS adds to these.
     */
    static final List<String> JVM_OPTIONS = List.of("-Xms48m", "-Xmx128m", "-XX:MinHeapFreeRatio=15",
            "-XX:MaxHeapFreeRatio=40", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> env;
    private final Path logFile;
    private Process process;
    private long startedAt;

    public ServiceProcess(String name, Path jar, int port, Map<String, String> env, Path logFile) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.env = env;
        this.logFile = logFile;
    }

    public void start() throws IOException {
        if (!Files.exists(jar)) {
            throw new IOException(name + " is not built: " + jar + " is missing (run ./mvnw package -DskipTests)");
        }
        Ports.requireFree(port, name);
        Files.createDirectories(logFile.getParent());
        List<String> command = Java.detached();
        command.addAll(JVM_OPTIONS);
        String extra = System.getenv("SERVICE_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        // glibc gives each thread that allocates its own 64 MB malloc arena; two are plenty for a JVM whose
        // allocations are mostly on its own heap
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(env);
        builder.environment().put("HTTP_PORT", Integer.toString(port));
        startedAt = System.nanoTime();
        process = builder.start();
    }

    /** Waits until the service reports itself ready (database and Kafka reachable); answers the time since its start. */
    public Duration awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url("/q/health/ready"))).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited at start-up:\n" + tail(40));
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedAt);
                }
            } catch (IOException notListeningYet) {
                // the port opens a moment after the JVM starts
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IOException(name + " was not ready within " + timeout + ":\n" + tail(40));
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + logFile + ")";
        }
    }

    /** SIGTERM, without waiting: {@link #stop()} then waits. */
    public void askToStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    public void stop() throws InterruptedException {
        Java.stop(process, Duration.ofSeconds(20));
    }

    /** SIGKILL, as a crash or an OOM kill would: no shutdown hook runs, no consumer leaves its group. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
