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

    /**
     * Fails when something already listens on {@code port}: a left-over broker or service from a run that was
     * killed would otherwise answer the readiness checks in place of the new, failing process.
     */
    public static void requireFree(int port, String what) throws IOException {
        // SO_REUSEADDR before binding, as the servers themselves do: connections of a killed process that
        // linger in TIME_WAIT do not keep its successor from listening
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(port));
        } catch (IOException e) {
            throw new IOException("port " + port + " for " + what + " is already in use: is another deploy/run "
                    + "still running? (override with the port's environment variable)", e);
        }
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
