package cn.hazardledger.launcher;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Child JVMs: the same java that runs the launcher, with the launcher's own class path. */
final class Java {

    private Java() {
    }

    static ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(executable());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    static String executable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String classPathSeparator() {
        return File.pathSeparator;
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
