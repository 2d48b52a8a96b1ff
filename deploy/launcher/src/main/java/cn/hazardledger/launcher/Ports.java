package cn.hazardledger.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The local run's fixed ports, each overridable by an environment variable. They lie below Linux's
 * ephemeral range (32768-60999), where an outgoing connection could hold them at the moment of binding.
 */
public record Ports(int postgres, int kafka, int kafkaController, int hazardService, int taskService, int notifyService) {

    public static Ports fromEnvironment(Map<String, String> env) {
        return new Ports(
                port(env, "PG_PORT", 15432),
                port(env, "KAFKA_PORT", 19092),
                port(env, "KAFKA_CONTROLLER_PORT", 19093),
                port(env, "HAZARD_PORT", 8081),
                port(env, "TASK_PORT", 8082),
                port(env, "NOTIFY_PORT", 8083));
    }

    /** Free ports, for tests that must not collide with a local run. */
    public static Ports free() throws IOException {
        return new Ports(freePort(), freePort(), freePort(), freePort(), freePort(), freePort());
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
