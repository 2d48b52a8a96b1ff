package cn.hazardledger.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Resident memory (VmRSS, from /proc on Linux) of the services and the broker of a running local system. */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** In kB, by process name; a process that cannot be read answers -1. */
    public static Map<String, Long> residentKb() {
        Map<String, Long> rss = new TreeMap<>();
        ProcessHandle.allProcesses().forEach(p -> p.info().commandLine().ifPresent(cmd -> {
            for (String service : List.of("hazard-service", "task-service", "notify-service")) {
                if (cmd.contains(service + "/target/quarkus-app/quarkus-run.jar")) {
                    rss.put(service, vmRss(p.pid()));
                }
            }
            if (cmd.contains("kafka.Kafka ")) {
                rss.put("kafka broker", vmRss(p.pid()));
            }
        }));
        return rss;
    }

    private static long vmRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
