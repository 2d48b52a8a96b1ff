package cn.hazardledger.testsupport;

/** A PostgreSQL server and a Kafka broker, however they are provided. */
public interface Servers {

    void start();

    void stop();

    /** Creates the database and its owner role (both named {@code name}, password {@code name}); returns its JDBC URL. */
    String createDatabase(String name);

    String kafkaBootstrapServers();

    /** A connection as the server's superuser, for tests that take a service's database away and back. */
    java.sql.Connection adminConnection() throws java.sql.SQLException;
}
