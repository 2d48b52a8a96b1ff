package cn.hazardledger.notifyservice.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class EventCatalogueTest {

    @Test
    void theCatalogueIsThatOfTheAsyncApiDocument() throws IOException {
        String asyncapi = Files.readString(Path.of("..", "deploy", "asyncapi.yaml"));
        Matcher names = Pattern.compile("(?m)^\\s+name:\\s+([a-z-]+\\.[a-z.-]+\\.v\\d+)\\s*$").matcher(asyncapi);
        Set<String> listed = new HashSet<>();
        while (names.find()) {
            listed.add(names.group(1));
        }
        assertThat(listed).hasSizeGreaterThan(20);
        assertThat(EventCatalogue.TYPES).containsExactlyInAnyOrderElementsOf(listed);
    }
}
