package cn.hazardledger.hazardservice.outbox;

import cn.hazardledger.chassis.outbox.OutboxEvent;
import cn.hazardledger.chassis.outbox.OutboxPublisher;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox relay's own producer against a broker that, like the production one (deploy/k8s/base/kafka), speaks
 * TLS, admits only SCRAM-SHA-512 users and authorizes them by ACL: with the settings the chassis passes it (the
 * KAFKA_* variables, here given directly), a PKCS12 truststore with a password as Strimzi's cluster CA secret
 * holds it, and a user allowed to write hazard.events as the KafkaUser hazard-service is. A broker of its own:
 * the shared one of the other tests is plain.
 */
class OutboxPublisherScramTest {

    private static final String SCRAM = "org.apache.kafka.common.security.scram.ScramLoginModule required";
    private static final String PLAIN = "org.apache.kafka.common.security.plain.PlainLoginModule required";
    private static final String STORE_PASSWORD = "broker-store-secret";
    private static final String TRUSTSTORE_PASSWORD = "ca-store-secret";
    private static KafkaClusterTestKit broker;
    private static String truststore;

    @BeforeAll
    static void start() throws Exception {
        Path keys = Files.createTempDirectory("kafka-tls");
        String brokerStore = keys.resolve("broker.p12").toString();
        String cert = keys.resolve("ca.crt").toString();
        truststore = keys.resolve("ca.p12").toString();
        // a self-signed broker certificate stands for Strimzi's cluster CA; ca.p12 is the truststore Strimzi would give
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", brokerStore, "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "broker", "-keystore", brokerStore, "-storepass", STORE_PASSWORD, "-file", cert);
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", cert,
                "-keystore", truststore, "-storetype", "PKCS12", "-storepass", TRUSTSTORE_PASSWORD);

        broker = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBrokerListenerName(ListenerName.normalised("EXTERNAL"))
                .setControllerListenerName(ListenerName.normalised("CONTROLLER"))
                // the test kit builds only plain or SASL_PLAINTEXT brokers; the listener map below makes it SASL_SSL
                .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                .build())
                .setConfigProp("listener.security.protocol.map", "EXTERNAL:SASL_SSL,CONTROLLER:PLAINTEXT")
                .setConfigProp("listener.name.external.ssl.keystore.location", brokerStore)
                .setConfigProp("listener.name.external.ssl.keystore.password", STORE_PASSWORD)
                .setConfigProp("listener.name.external.ssl.keystore.type", "PKCS12")
                .setConfigProp("ssl.truststore.location", truststore)
                .setConfigProp("ssl.truststore.password", TRUSTSTORE_PASSWORD)
                .setConfigProp("ssl.truststore.type", "PKCS12")
                // the admin below speaks PLAIN; the services speak SCRAM, as on the tls listener in production
                .setConfigProp("sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-512")
                .setConfigProp("sasl.mechanism.inter.broker.protocol", "PLAIN")
                .setConfigProp("listener.name.external.plain.sasl.jaas.config", PLAIN
                        + " username=\"admin\" password=\"admin-secret\" user_admin=\"admin-secret\";")
                .setConfigProp("listener.name.external.scram-sha-512.sasl.jaas.config", SCRAM + ";")
                .setConfigProp("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .setConfigProp("allow.everyone.if.no.acl.found", "false")
                // the admin, and the broker's own requests to the controller over its plain listener
                .setConfigProp("super.users", "User:admin;User:ANONYMOUS")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .build();
        broker.format();
        broker.startup();
        broker.waitForReadyBrokers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "security.protocol", "SASL_SSL", "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", PLAIN + " username=\"admin\" password=\"admin-secret\";",
                "ssl.truststore.location", truststore, "ssl.truststore.password", TRUSTSTORE_PASSWORD,
                "ssl.truststore.type", "PKCS12"))) {
            admin.createTopics(List.of(new NewTopic("hazard.events", 1, (short) 1), new NewTopic("task.events", 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion("hazard-service",
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), "the-users-secret"))).all().get(30, TimeUnit.SECONDS);
            // the KafkaUser hazard-service's ACL (deploy/k8s/base/kafka/users.yaml)
            ResourcePattern topic = new ResourcePattern(ResourceType.TOPIC, "hazard.events", PatternType.LITERAL);
            admin.createAcls(List.of(AclOperation.WRITE, AclOperation.DESCRIBE).stream()
                    .map(op -> new AclBinding(topic, new AccessControlEntry("User:hazard-service", "*", op, AclPermissionType.ALLOW)))
                    .toList()).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    @AfterAll
    static void stop() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void withItsScramCredentialsTheRelayPublishesWhereItsAclAllows() throws Exception {
        OutboxPublisher publisher = publisher("the-users-secret");
        try {
            assertThat(publisher.send(event("hazard.events")).get(30, TimeUnit.SECONDS).topic()).isEqualTo("hazard.events");
            // and nowhere else: task.events is task-service's
            assertThatThrownBy(() -> publisher.send(event("task.events")).get(30, TimeUnit.SECONDS))
                    .hasStackTraceContaining("TopicAuthorizationException");
        } finally {
            publisher.close();
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        OutboxPublisher publisher = publisher("not-the-secret");
        try {
            assertThatThrownBy(() -> publisher.send(event("hazard.events")).get(30, TimeUnit.SECONDS))
                    .hasStackTraceContaining("SaslAuthenticationException");
        } finally {
            publisher.close();
        }
    }

    /**
     * What KafkaClientSecurity passes from the variables the Deployments set: Strimzi's sasl.jaas.config from the
     * user's Secret, the cluster CA's ca.p12 and ca.password.
     */
    private static OutboxPublisher publisher(String password) {
        return new OutboxPublisher(broker.bootstrapServers(), "/hazard-service", 5000, 10000, Map.of(
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", SCRAM + " username=\"hazard-service\" password=\"" + password + "\";",
                "ssl.truststore.type", "PKCS12",
                "ssl.truststore.location", truststore,
                "ssl.truststore.password", TRUSTSTORE_PASSWORD));
    }

    private static OutboxEvent event(String topic) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.aggregateType = "hazard";
        event.aggregateId = "scram-" + event.id;
        event.type = "hazard.reported.v1";
        event.occurredAt = Instant.now();
        event.payload = "{}";
        return event;
    }
}
