package cn.hazardledger.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The same servers as containers, for machines with a Docker engine. Not exercised on the project's CI machine. */
final class ContainerServers implements Servers {

    private final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine");
    private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

    @Override
    public void start() {
        postgres.start();
        kafka.start();
    }

    @Override
    public void stop() {
        kafka.stop();
        postgres.stop();
    }

    @Override
    public String createDatabase(String name) {
        Databases.create(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(), name);
        return postgres.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    @Override
    public java.sql.Connection adminConnection() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }
}
