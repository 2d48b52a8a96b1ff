package cn.hazardledger.notifyservice.webhook;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EventTypesTest {

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
