package cn.hazardledger.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The producers' JSON Schemas, read from the producing service's module in this repository. A consumer's
 * test payload passes through {@link #valid(String, String)}, so that a change to a producer's contract
 * breaks the consumer's tests rather than production.
 */
public final class ProducerSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProducerSchemas() {
    }

    /** Answers {@code payload} unchanged if it is a valid {@code type} (hazard.reported.v1), else fails the test. */
    public static String valid(String type, String payload) {
        Path schema = repository().resolve(producer(type)).resolve("src/main/resources/events/" + type + ".schema.json");
        try {
            JsonNode node = JSON.readTree(payload);
            Set<ValidationMessage> problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(schema)).validate(node);
            if (!problems.isEmpty()) {
                throw new AssertionError("test payload is not a valid " + type + " (" + schema + "): " + problems);
            }
            return payload;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + schema, e);
        }
    }

    private static String producer(String type) {
        String aggregate = type.substring(0, type.indexOf('.'));
        // task-service owns campaigns as well as tasks
        return ("campaign".equals(aggregate) ? "task" : aggregate) + "-service";
    }

    /** The reactor's root: the nearest folder above the test's working directory that holds hazard-service. */
    private static Path repository() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("hazard-service")) && Files.exists(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("not inside the Hazard Ledger repository: " + Path.of("").toAbsolutePath());
    }
}
