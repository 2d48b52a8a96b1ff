package cn.hazardledger.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Child JVMs: the same java that runs the launcher, with the launcher's own class path. */
final class Java {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private Java() {
    }

    static ProcessBuilder command(String... args) {
        List<String> command = detached();
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /**
     * {@code java} in a session of its own where setsid is there: a Ctrl-C in the terminal then reaches the
     * launcher alone, which stops the services before the broker and the database, instead of all at once.
     * setsid execs in place (a spawned child leads no process group), so the process keeps java's pid.
     */
    static List<String> detached() {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(executable());
        return command;
    }

    static String executable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Asks a child to stop (SIGTERM), then kills it if it has not stopped in time. */
    static void stop(Process process, Duration grace) throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
