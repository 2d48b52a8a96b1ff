package cn.hazardledger.testsupport;

/** A PostgreSQL server and a Kafka broker, however they are provided. */
public interface Servers {

    void start();

    void stop();

    /** Creates the database and its owner role (both named {@code name}, password {@code name}); returns its JDBC URL. */
    String createDatabase(String name);

    String kafkaBootstrapServers();
}
