package cn.hazardledger.testsupport;

import java.util.Map;

/**
 * One PostgreSQL server and one Kafka broker per test JVM, started on first use and stopped when the JVM
 * exits. Sharing them keeps the suite fast on a 2-core machine; each service's tests still get their own
 * database, so nothing leaks between services.
 */
public final class RealInfrastructure {

    private static Servers servers;

    private RealInfrastructure() {
    }

    public static synchronized Servers servers() {
        if (servers == null) {
            servers = DockerCheck.available() ? new ContainerServers() : new InJvmServers();
            servers.start();
            Servers started = servers;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-infrastructure-stop"));
        }
        return servers;
    }

    /** The Quarkus configuration that points a service at these servers. */
    public static Map<String, String> quarkusConfig(String database) {
        Servers s = servers();
        String jdbcUrl = s.createDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", database,
                "quarkus.datasource.password", database,
                "kafka.bootstrap.servers", s.kafkaBootstrapServers(),
                "quarkus.devservices.enabled", "false");
    }
}
