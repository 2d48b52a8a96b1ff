package cn.hazardledger.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/asyncapi.yaml lists every event schema the services keep, and nothing else. */
class EventCatalogueTest {

    private final Path repo = Path.of(System.getProperty("hazardledger.repo", "../..")).toAbsolutePath().normalize();

    @Test
    @SuppressWarnings("unchecked")
    void everySchemaIsCataloguedAndEveryCatalogueEntryHasAValidSchema() throws IOException {
        Map<String, Object> catalogue;
        try (InputStream in = Files.newInputStream(repo.resolve("deploy/asyncapi.yaml"))) {
            catalogue = new Yaml().load(in);
        }
        Map<String, Object> messages = (Map<String, Object>) ((Map<String, Object>) catalogue.get("components")).get("messages");
        Set<Path> referenced = new TreeSet<>();
        List<String> names = new ArrayList<>();
        for (Object m : messages.values()) {
            Map<String, Object> message = (Map<String, Object>) m;
            names.add((String) message.get("name"));
            Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) message.get("payload")).get("schema");
            Path file = repo.resolve("deploy").resolve((String) schema.get("$ref")).normalize();
            assertThat(file).as("schema of " + message.get("name")).exists();
            assertThat(file.getFileName().toString()).isEqualTo(message.get("name") + ".schema.json");
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(new ObjectMapper().readTree(file.toFile()));
            referenced.add(file);
            Object marked = message.get("x-personal-data");
            assertThat(marked).as("x-personal-data of " + message.get("name") + " (a map, {} when none)").isInstanceOf(Map.class);
            Map<String, Object> payload = new ObjectMapper().readValue(file.toFile(), Map.class);
            for (String path : ((Map<String, Object>) marked).keySet()) {
                assertThat(property(payload, path)).as(path + " marked as personal data in " + message.get("name")).isNotNull();
            }
        }
        Set<Path> kept = new TreeSet<>();
        for (String service : List.of("hazard-service", "task-service", "notify-service")) {
            Path events = repo.resolve(service).resolve("src/main/resources/events");
            if (Files.isDirectory(events)) {
                try (Stream<Path> files = Files.list(events)) {
                    files.filter(f -> f.toString().endsWith(".schema.json")).map(Path::normalize).forEach(kept::add);
                }
            }
        }
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(kept);
        assertThat(names).allMatch(n -> n.matches("[a-z]+\\.[a-z]+(-[a-z]+)*\\.v\\d+"));
    }

    /** The schema of the property at {@code path} ({@code a.b}, {@code a[].b} into items), or null. */
    @SuppressWarnings("unchecked")
    private static Object property(Map<String, Object> schema, String path) {
        Map<String, Object> at = schema;
        for (String part : path.split("\\.")) {
            boolean items = part.endsWith("[]");
            Map<String, Object> properties = (Map<String, Object>) at.get("properties");
            if (properties == null || !properties.containsKey(items ? part.substring(0, part.length() - 2) : part)) {
                return null;
            }
            at = (Map<String, Object>) properties.get(items ? part.substring(0, part.length() - 2) : part);
            if (items) {
                at = (Map<String, Object>) at.get("items");
            }
        }
        return at;
    }
}
