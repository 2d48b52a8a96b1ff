package cn.hazardledger.notifyservice.webhook;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EventTypesTest {

    @Test
    void theCatalogueIsThatOfTheAsyncApiDocument() throws IOException {
        String asyncapi = Files.readString(Path.of("..", "deploy", "asyncapi.yaml"));
        Matcher names = Pattern.compile("(?m)^\\s+name:\\s+([a-z-]+\\.[a-z.-]+\\.v\\d+)\\s*$").matcher(asyncapi);
        Set<String> listed = new java.util.HashSet<>();
        while (names.find()) {
            listed.add(names.group(1));
        }
        assertThat(listed).hasSizeGreaterThan(20);
        assertThat(EventTypes.CATALOGUE).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void exactTypesAndPrefixesMatchAndPrefixesTakeLaterVersions() {
        List<String> patterns = List.of("hazard.closed.v1", "task.*");
        assertThat(EventTypes.matches(patterns, "hazard.closed.v1")).isTrue();
        assertThat(EventTypes.matches(patterns, "hazard.reported.v1")).isFalse();
        assertThat(EventTypes.matches(patterns, "task.created.v1")).isTrue();
        assertThat(EventTypes.matches(patterns, "task.created.v2")).isTrue();
        assertThat(EventTypes.matches(patterns, "taskforce.created.v1")).isFalse();
        assertThat(EventTypes.matches(List.of("hazard.*"), "hazard.closed.v9")).isTrue();
        assertThat(EventTypes.matches(List.of("*"), "campaign.published.v1")).isTrue();
    }

    @Test
    void unknownTypesUnknownFamiliesAndRepeatsAreNamedByTheirIndex() {
        assertThat(EventTypes.problems(List.of("hazard.closed.v1", "hazard.*", "*", "campaign.*")))
                .isEmpty();
        List<EventTypes.Problem> problems = EventTypes.problems(List.of("hazard.closed.v1", "hazard.closed.v2",
                "weather.*", "hazard.closed.v1", "hazard", ".*"));
        assertThat(problems.stream().map(EventTypes.Problem::index).collect(Collectors.toList()))
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(problems.get(0).reason()).contains("not an event type of the catalogue");
        assertThat(problems.get(1).reason()).contains("no event type of the catalogue starts with weather.");
        assertThat(problems.get(2).reason()).isEqualTo("is given twice");
    }
}
