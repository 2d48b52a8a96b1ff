package cn.hazardledger.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;

/**
 * The whole system as an end-to-end test starts it: in a scratch directory of its own, on free ports, the
 * services with any extra environment; closing it stops everything and leaves no 70 MB cluster in /tmp.
 *
 * @param key     the local run's signing key, for the test's tokens
 * @param startup how long each service took to be ready
 */
record StartedSystem(LocalSystem system, Path data, PrivateKey key, Map<String, Duration> startup) implements AutoCloseable {

    static StartedSystem start(String name, Map<String, Map<String, String>> extraEnv) throws Exception {
        Path repo = Path.of(System.getProperty("hazardledger.repo", "../..")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("hazard-ledger-" + name);
        LocalSystem system = new LocalSystem(repo, data, Ports.free(), Map.of());
        try {
            system.startInfrastructure();
            Map<String, Duration> startup = system.startServices(Duration.ofSeconds(180), extraEnv);
            return new StartedSystem(system, data, Keys.loadPrivate(data.resolve("keys")), startup);
        } catch (Exception | Error e) {
            system.close();
            Scratch.delete(data);
            throw e;
        }
    }

    @Override
    public void close() throws java.io.IOException {
        system.close();
        Scratch.delete(data);
    }
}
