package cn.hazardledger.testsupport;

import org.apache.kafka.common.utils.Exit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.io.IOException;

/** Real PostgreSQL (a native server process) and a real KRaft broker, started from the test JVM. */
final class InJvmServers implements Servers {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(InJvmServers.class.getName());

    private EmbeddedPostgres postgres;
    private KafkaClusterTestKit kafka;

    @Override
    public void start() {
        // The broker halts the JVM (Exit.halt(1)) when its log directory fails. While the test JVM shuts down, the
        // broker's temporary directories are deleted by one shutdown hook while another still closes the broker:
        // a halt then turns a green test run into a failed fork. Here, as in Kafka's own tests, exit and halt are
        // reported instead of obeyed: the tests own this JVM's life, not the broker.
        Exit.setExitProcedure((code, message) -> LOG.warning("the in-JVM broker asked to exit(" + code + "): " + message));
        Exit.setHaltProcedure((code, message) -> LOG.warning("the in-JVM broker asked to halt(" + code + "): " + message));
        try {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("timezone", "UTC")
                    .start();
            kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("log.cleaner.dedupe.buffer.size", "16777216")
                    .build();
            kafka.format();
            kafka.startup();
            kafka.waitForReadyBrokers();
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("could not start PostgreSQL and Kafka for the tests", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (kafka != null) {
                kafka.close();
            }
        } catch (Exception ignored) {
            // the JVM is going away; a half-stopped broker is not worth failing the build for
        }
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException ignored) {
            // same as above
        }
    }

    @Override
    public String createDatabase(String name) {
        Databases.create(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", name);
        return postgres.getJdbcUrl(name, name);
    }

    @Override
    public java.sql.Connection adminConnection() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }
}
