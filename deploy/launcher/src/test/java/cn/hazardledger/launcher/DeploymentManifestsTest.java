package cn.hazardledger.launcher;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What can be checked here of deploy/k8s and deploy/compose.yaml without Docker or a cluster (deploy/README.md,
 * "Not run here"): every file parses; every Deployment names an image, runs as non-root with probes, requests
 * and limits; each service gives only the variables it reads (its application.properties and the chassis'
 * defaults); compose and the manifests agree on ports and variables; each service has a PodDisruptionBudget,
 * an autoscaler and a NetworkPolicy; Strimzi carries every topic of deploy/asyncapi.yaml at replication factor 3
 * with min.insync.replicas 2 on a 3-node KRaft cluster, reached only over TLS with SCRAM by a KafkaUser per service
 * whose ACLs are exactly what the service's configuration uses; CloudNativePG a 3-instance cluster per service with
 * backups to object storage; each service's Ingress routes every path of docs/access.md to it over TLS and nothing
 * under /q/; every kustomization names files that exist and parse, and each patch targets a resource its bases
 * define, at paths that resource has.
 */
class DeploymentManifestsTest {

    static final Map<String, Integer> SERVICES = Map.of("hazard-service", 8081, "task-service", 8082, "notify-service", 8083);
    /** The JVM's own variable, read by the java launcher rather than by the service's configuration. */
    static final Set<String> JVM = Set.of("JAVA_TOOL_OPTIONS");
    static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    static Path repo;
    static final List<Map<String, Object>> manifests = new ArrayList<>();
    static Map<String, Object> compose;

    @BeforeAll
    static void load() throws IOException {
        repo = Path.of(System.getProperty("hazardledger.repo", "../..")).toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(repo.resolve("deploy/k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object doc : new Yaml().loadAll(Files.readString(file))) {
                    if (doc != null) {
                        assertThat(doc).as(file.toString()).isInstanceOf(Map.class);
                        manifests.add(map(doc));
                    }
                }
            }
        }
        compose = map(new Yaml().load(Files.readString(repo.resolve("deploy/compose.yaml"))));
    }

    @Test
    void everyManifestParsesAndNamesItsKind() {
        assertThat(manifests).hasSizeGreaterThan(30).allSatisfy(m -> assertThat(m).containsKeys("apiVersion", "kind"));
        // a kustomization is build input, not a resource: every other document is one, with a name
        assertThat(manifests).filteredOn(m -> !"Kustomization".equals(m.get("kind")))
                .allSatisfy(m -> assertThat((String) path(m, "metadata", "name")).as(m.get("kind") + "").isNotBlank());
    }

    @Test
    void everyDeploymentNamesAnImageRunsAsNonRootWithProbesAndLimits() {
        for (String service : SERVICES.keySet()) {
            Map<String, Object> pod = map(path(deployment(service), "spec", "template", "spec"));
            assertThat(path(pod, "securityContext", "runAsNonRoot")).as(service).isEqualTo(true);
            Map<String, Object> container = container(service);
            assertThat((String) container.get("image")).as(service).isNotBlank();
            assertThat(container).as(service).containsKeys("readinessProbe", "livenessProbe");
            assertThat(map(path(container, "resources", "requests"))).as(service).containsKeys("cpu", "memory");
            assertThat(map(path(container, "resources", "limits"))).as(service).containsKey("memory");
            List<Object> ports = list(container.get("ports"));
            assertThat(ports).as(service).extracting(p -> map(p).get("containerPort")).containsExactly(SERVICES.get(service));
        }
    }

    @Test
    void eachServiceIsGivenOnlyTheVariablesItReads() throws IOException {
        for (String service : SERVICES.keySet()) {
            Set<String> reads = reads(service);
            assertThat(kubernetesVariables(service)).as(service + " in deploy/k8s").isNotEmpty().isSubsetOf(reads);
            assertThat(composeVariables(service)).as(service + " in deploy/compose.yaml").isNotEmpty().isSubsetOf(reads);
        }
    }

    @Test
    void composeAndTheManifestsAgreeOnPortsAndVariables() {
        for (String service : SERVICES.keySet()) {
            Map<String, Object> c = map(path(compose, "services", service));
            int port = SERVICES.get(service);
            assertThat(list(c.get("ports"))).as(service).containsExactly(port + ":" + port);
            Set<String> both = new TreeSet<>(kubernetesVariables(service));
            both.retainAll(composeVariables(service));
            // the same port, and the variables every deployment needs, under the same names in both
            assertThat(both).as(service).contains("HTTP_PORT", "DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP",
                    "JWT_PUBLIC_KEY_LOCATION", "JWT_ISSUER", "JWT_AUDIENCE");
            assertThat(String.valueOf(map(c.get("environment")).get("HTTP_PORT"))).isEqualTo(String.valueOf(port));
        }
    }

    @Test
    void eachServiceHasADisruptionBudgetAnAutoscalerAndANetworkPolicy() {
        for (String service : SERVICES.keySet()) {
            assertThat(named("PodDisruptionBudget", service)).as(service).isNotNull();
            Map<String, Object> hpa = named("HorizontalPodAutoscaler", service);
            assertThat(path(hpa, "spec", "scaleTargetRef", "name")).as(service).isEqualTo(service);
            Map<String, Object> policy = named("NetworkPolicy", service);
            assertThat(list(path(policy, "spec", "policyTypes"))).as(service).contains("Ingress", "Egress");
        }
    }

    @Test
    void strimziCarriesEveryTopicOnThreeReplicasWithTwoInSync() throws IOException {
        Map<String, Object> kafka = kinds("Kafka").get(0);
        Map<String, Object> config = map(path(kafka, "spec", "kafka", "config"));
        assertThat(config).containsEntry("default.replication.factor", 3).containsEntry("min.insync.replicas", 2);
        assertThat(map(path(kafka, "metadata", "annotations"))).containsEntry("strimzi.io/kraft", "enabled");
        Map<String, Object> pool = kinds("KafkaNodePool").get(0);
        assertThat(path(pool, "spec", "replicas")).isEqualTo(3);
        assertThat(list(path(pool, "spec", "roles"))).contains("broker", "controller");

        Map<String, Map<String, Object>> topics = new HashMap<>();
        for (Map<String, Object> t : kinds("KafkaTopic")) {
            topics.put((String) path(t, "spec", "topicName"), map(t.get("spec")));
        }
        Map<String, Object> asyncapi = map(new Yaml().load(Files.readString(repo.resolve("deploy/asyncapi.yaml"))));
        for (Object channel : map(asyncapi.get("channels")).values()) {
            String address = (String) map(channel).get("address");
            assertThat(topics).as("a KafkaTopic for " + address).containsKey(address);
            Map<String, Object> topic = topics.get(address);
            assertThat(topic.get("replicas")).as(address).isEqualTo(3);
            assertThat((Integer) topic.get("partitions")).as(address).isGreaterThan(1);
            assertThat(map(topic.get("config"))).as(address).containsEntry("min.insync.replicas", 2);
        }
    }

    @Test
    void theServicesReachKafkaOnlyOverTlsWithAUserEachWhoseAclsAreWhatItsConfigurationUses() throws IOException {
        Map<String, Object> kafka = kinds("Kafka").get(0);
        String cluster = (String) path(kafka, "metadata", "name");
        List<Map<String, Object>> listeners = list(path(kafka, "spec", "kafka", "listeners")).stream().map(DeploymentManifestsTest::map).toList();
        assertThat(listeners).as("every listener is TLS with SCRAM").isNotEmpty().allSatisfy(l -> {
            assertThat(l.get("tls")).isEqualTo(true);
            assertThat(path(l, "authentication", "type")).isEqualTo("scram-sha-512");
        });
        Object tlsPort = listeners.get(0).get("port");
        assertThat(path(kafka, "spec", "kafka", "authorization", "type")).isEqualTo("simple");
        assertThat(map(named("ConfigMap", "hazard-ledger-shared").get("data")))
                .containsEntry("KAFKA_BOOTSTRAP", cluster + "-kafka-bootstrap:" + tlsPort)
                .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");

        for (String service : SERVICES.keySet()) {
            Map<String, Object> user = named("KafkaUser", service);
            assertThat(user).as("the KafkaUser " + service).isNotNull();
            assertThat(path(user, "metadata", "labels", "strimzi.io/cluster")).isEqualTo(cluster);
            assertThat(path(user, "spec", "authentication", "type")).isEqualTo("scram-sha-512");
            Set<String> granted = new TreeSet<>();
            for (Object acl : list(path(user, "spec", "authorization", "acls"))) {
                Map<String, Object> resource = map(map(acl).get("resource"));
                String name = resource.get("name") + ("prefix".equals(resource.get("patternType")) ? "*" : "");
                for (Object op : list(map(acl).get("operations"))) {
                    granted.add(resource.get("type") + " " + name + " " + op);
                }
            }
            assertThat(granted).as(service + "'s ACLs").isEqualTo(aclsUsedBy(service));

            Map<String, Object> env = new HashMap<>();
            list(container(service).get("env")).forEach(e -> env.put((String) map(e).get("name"), map(e).get("valueFrom")));
            assertThat(path(map(env.get("KAFKA_SASL_JAAS_CONFIG")), "secretKeyRef")).as(service)
                    .isEqualTo(Map.of("name", service, "key", "sasl.jaas.config"));
            assertThat(path(map(env.get("KAFKA_SSL_TRUSTSTORE_PASSWORD")), "secretKeyRef")).as(service)
                    .isEqualTo(Map.of("name", cluster + "-cluster-ca-cert", "key", "ca.password"));
            assertThat(list(path(deployment(service), "spec", "template", "spec", "volumes"))).as(service)
                    .anyMatch(v -> (cluster + "-cluster-ca-cert").equals(path(map(v), "secret", "secretName")));

            List<Object> egress = list(path(named("NetworkPolicy", service), "spec", "egress"));
            assertThat(egress).as(service + " may reach the brokers' tls listener").anyMatch(rule ->
                    list(map(rule).get("to")).stream().anyMatch(peer -> cluster.equals(path(map(peer), "podSelector", "matchLabels", "strimzi.io/cluster")))
                            && list(map(rule).get("ports")).stream().anyMatch(port -> tlsPort.equals(map(port).get("port"))));
        }
    }

    /** What a service's configuration makes it do on Kafka, as "type name operation" (a group prefix ends in *). */
    static Set<String> aclsUsedBy(String service) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(repo.resolve(service).resolve("src/main/resources/application.properties"))) {
            p.load(in);
        }
        Set<String> used = new TreeSet<>();
        if ("true".equals(p.getProperty("hazardledger.outbox.enabled"))) {
            used.add("topic " + p.getProperty("outbox.topic") + " Write");
            used.add("topic " + p.getProperty("outbox.topic") + " Describe");
        }
        for (String key : p.stringPropertyNames()) {
            if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                used.add("topic " + p.getProperty(key) + " Read");
                used.add("topic " + p.getProperty(key) + " Describe");
            } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id")) {
                assertThat(p.getProperty(key)).as(key + " under the service's group prefix").startsWith(service + ".");
                used.add("group " + service + ".* Read");
            } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic")) {
                used.add("topic " + p.getProperty(key) + " Write");
                used.add("topic " + p.getProperty(key) + " Describe");
            }
        }
        assertThat(used).as(service + " uses Kafka").isNotEmpty();
        return used;
    }

    @Test
    void cloudNativePgGivesEachServiceAReplicatedClusterBackedUpToObjectStorage() {
        List<Map<String, Object>> clusters = kinds("Cluster");
        assertThat(clusters).extracting(c -> path(c, "metadata", "name")).containsExactlyInAnyOrder("hazard-db", "task-db", "notify-db");
        for (Map<String, Object> c : clusters) {
            assertThat((Integer) path(c, "spec", "instances")).isGreaterThanOrEqualTo(3);
            assertThat(map(path(c, "spec", "backup", "barmanObjectStore"))).containsKey("destinationPath");
        }
        assertThat(kinds("ScheduledBackup")).hasSize(3);
    }

    @Test
    void eachServiceHasAnIngressOfItsOwnOverTlsRoutingItsApiToItsServiceAndNothingUnderQ() throws IOException {
        Set<String> hosts = new TreeSet<>();
        for (String service : SERVICES.keySet()) {
            Map<String, Object> ingress = named("Ingress", service);
            assertThat(ingress).as("the Ingress " + service).isNotNull();
            Map<String, Object> spec = map(ingress.get("spec"));
            assertThat(spec.get("ingressClassName")).as(service).isEqualTo("nginx");
            assertThat(spec).as(service + ": everything unrouted is the controller's 404").doesNotContainKey("defaultBackend");
            assertThat(map(path(ingress, "metadata", "annotations"))).as(service).containsKey("cert-manager.io/cluster-issuer");

            List<Object> rules = list(spec.get("rules"));
            assertThat(rules).as(service + ": one host, the service's own").hasSize(1);
            String host = (String) map(rules.get(0)).get("host");
            assertThat(host).as(service).isNotBlank();
            assertThat(hosts.add(host)).as(host + " is one service's alone").isTrue();
            List<Object> tls = list(spec.get("tls"));
            assertThat(tls).as(service).hasSize(1);
            assertThat((String) map(tls.get(0)).get("secretName")).as(service).isNotBlank();
            assertThat(list(map(tls.get(0)).get("hosts"))).as(service + ": the certificate names the host").containsExactly(host);

            List<Map<String, Object>> paths = list(path(map(rules.get(0)), "http", "paths")).stream().map(DeploymentManifestsTest::map).toList();
            for (Map<String, Object> route : paths) {
                assertThat(route.get("pathType")).as(service + " " + route.get("path") + ": no regex or controller-specific matching")
                        .isIn("Prefix", "Exact");
                String target = (String) path(route, "backend", "service", "name");
                Object port = path(route, "backend", "service", "port", "number");
                assertThat(target).as(service + " " + route.get("path")).isEqualTo(service);
                assertThat(servicePorts(target)).as("the Service " + target + " has port " + port).contains(port);
                assertThat(port).as(service).isEqualTo(SERVICES.get(service));
                for (String q : List.of("/q", "/q/", "/q/metrics", "/q/health", "/q/health/ready", "/q/dev", "/q/dev-ui",
                        "/q/openapi", "/q/swagger-ui/", "/")) {
                    assertThat(routes(route, q)).as(service + " routes " + route.get("path") + " and so " + q).isFalse();
                }
            }
            // every operation of docs/access.md (which HostileInputIT holds to each OpenAPI document) is routed
            for (String operationPath : accessMatrixPaths(service)) {
                assertThat(paths).as(service + " routes " + operationPath).anyMatch(route -> routes(route, operationPath));
            }
        }
    }

    @Test
    void theIngressControllerMayReachEachServiceOnItsPort() {
        for (String service : SERVICES.keySet()) {
            Map<String, Object> policy = named("NetworkPolicy", service);
            assertThat(list(path(policy, "spec", "ingress"))).as(service).anySatisfy(rule -> {
                assertThat(list(map(rule).get("from"))).anyMatch(peer ->
                        "ingress-nginx".equals(path(map(peer), "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name")));
                assertThat(list(map(rule).get("ports"))).anyMatch(port -> SERVICES.get(service).equals(map(port).get("port")));
            });
        }
    }

    /** Kubernetes' own matching: Exact is the whole path, Prefix whole path elements ("/hazards" is no prefix of "/hazards.xlsx"). */
    static boolean routes(Map<String, Object> route, String requestPath) {
        String path = (String) route.get("path");
        if ("Exact".equals(route.get("pathType"))) {
            return path.equals(requestPath);
        }
        List<String> prefix = elements(path);
        List<String> request = elements(requestPath);
        return request.size() >= prefix.size() && request.subList(0, prefix.size()).equals(prefix);
    }

    static List<String> elements(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(e -> !e.isEmpty()).toList();
    }

    static Set<Object> servicePorts(String service) {
        Map<String, Object> s = named("Service", service);
        assertThat(s).as("the Service " + service).isNotNull();
        Set<Object> ports = new java.util.HashSet<>();
        list(path(s, "spec", "ports")).forEach(p -> ports.add(map(p).get("port")));
        return ports;
    }

    /** The paths of docs/access.md's rows for {@code service}, templates filled in. */
    static Set<String> accessMatrixPaths(String service) throws IOException {
        Pattern row = Pattern.compile("(?m)^\\| " + service.replace("-service", "") + " \\| [A-Z]+ \\| `([^`]+)`");
        Matcher m = row.matcher(Files.readString(repo.resolve("docs/access.md")));
        Set<String> paths = new TreeSet<>();
        while (m.find()) {
            paths.add(m.group(1).replaceAll("\\{[^}]+}", "x"));
        }
        assertThat(paths).as("docs/access.md rows of " + service).isNotEmpty();
        return paths;
    }

    @Test
    void everyKustomizationNamesFilesThatExistAndPatchesOnlyWhatItsBasesDefine() throws IOException {
        List<Path> dirs;
        try (Stream<Path> files = Files.walk(repo.resolve("deploy/k8s"))) {
            dirs = files.filter(f -> f.getFileName().toString().equals("kustomization.yaml")).map(Path::getParent).sorted().toList();
        }
        assertThat(dirs).extracting(d -> repo.resolve("deploy/k8s").relativize(d).toString().replace('\\', '/'))
                .contains("base", "overlays/county", "overlays/city", "monitoring");
        for (Path dir : dirs) {
            Kustomization k = Kustomization.load(dir);
            assertThat(k.resources()).as(dir.toString()).isNotEmpty();
            for (Kustomization.Patch patch : k.patches()) {
                List<Map<String, Object>> targets = k.resources().stream().filter(patch::targets).toList();
                assertThat(targets).as(patch.source() + ": a " + patch.kind() + " named " + patch.name() + " in its bases").isNotEmpty();
                for (Map<String, Object> target : targets) {
                    for (Map<String, Object> op : patch.operations()) {
                        assertThat(Kustomization.applies(op, target))
                                .as(patch.source() + ": " + op.get("op") + " " + op.get("path") + " on " + path(target, "metadata", "name")).isTrue();
                    }
                }
            }
        }
    }

    // ---- what the service reads, and what each place gives it -------------------------------------------------

    static Set<String> reads(String service) throws IOException {
        Set<String> keys = new TreeSet<>(JVM);
        for (Path p : List.of(repo.resolve(service).resolve("src/main/resources/application.properties"),
                repo.resolve("deploy/chassis/src/main/resources/META-INF/microprofile-config.properties"))) {
            Matcher m = VARIABLE.matcher(Files.readString(p));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    static Set<String> kubernetesVariables(String service) {
        Map<String, Object> container = container(service);
        Set<String> names = new TreeSet<>();
        for (Object e : list(container.get("env"))) {
            names.add((String) map(e).get("name"));
        }
        for (Object from : list(container.get("envFrom"))) {
            Object ref = map(from).get("configMapRef");
            if (ref != null) {
                Map<String, Object> configMap = named("ConfigMap", (String) map(ref).get("name"));
                assertThat(configMap).as("the ConfigMap " + map(ref).get("name")).isNotNull();
                names.addAll(map(configMap.get("data")).keySet());
            }
        }
        return names;
    }

    static Set<String> composeVariables(String service) {
        return new TreeSet<>(map(path(compose, "services", service, "environment")).keySet());
    }

    static Map<String, Object> deployment(String service) {
        Map<String, Object> d = named("Deployment", service);
        assertThat(d).as("the Deployment " + service).isNotNull();
        return d;
    }

    static Map<String, Object> container(String service) {
        return list(path(deployment(service), "spec", "template", "spec", "containers")).stream().map(DeploymentManifestsTest::map)
                .filter(c -> service.equals(c.get("name"))).findFirst().orElseThrow();
    }

    static List<Map<String, Object>> kinds(String kind) {
        return manifests.stream().filter(m -> kind.equals(m.get("kind"))).toList();
    }

    static Map<String, Object> named(String kind, String name) {
        return kinds(kind).stream().filter(m -> name.equals(path(m, "metadata", "name"))).findFirst().orElse(null);
    }

    static Object path(Map<String, Object> root, String... keys) {
        Object at = root;
        for (String k : keys) {
            at = at == null ? null : map(at).get(k);
        }
        return at;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }
}
