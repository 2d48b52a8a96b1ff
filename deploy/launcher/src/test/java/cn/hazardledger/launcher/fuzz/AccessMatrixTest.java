package cn.hazardledger.launcher.fuzz;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessMatrixTest {

    private static final String HEADER = """
            | service | method | path | TOWNSHIP | ENTERPRISE | AUDITOR | no token | note |
            |---|---|---|---|---|---|---|---|
            """;

    @Test
    void readsEveryRowOfEveryTableWithItsCellsByColumn() {
        AccessMatrix m = AccessMatrix.parse("# title\n\ntext | with a bar\n\n" + HEADER
                + "| hazard | get | `/hazards/{id}` | ✓ | own | 403 | 401 | a note |\n"
                + "| hazard | POST | /hazards/{id}/closure | ✓* | own* | 403 | 401 |  |\n\nmore text\n\n" + HEADER
                + "| task | GET | `/tasks` | ✓ | own | 403 | 401 | |\n");

        assertThat(m.rows()).extracting(AccessMatrix.Row::key)
                .containsExactly("hazard GET /hazards/{id}", "hazard POST /hazards/{id}/closure", "task GET /tasks");
        assertThat(m.columns()).containsExactly("TOWNSHIP", "ENTERPRISE", "AUDITOR", "no token");
        AccessMatrix.Row closure = m.rows().get(1);
        assertThat(closure.cells()).containsEntry("TOWNSHIP", AccessMatrix.Cell.SIDE)
                .containsEntry("ENTERPRISE", AccessMatrix.Cell.OWN_SIDE).containsEntry("AUDITOR", AccessMatrix.Cell.FORBIDDEN)
                .containsEntry("no token", AccessMatrix.Cell.UNAUTHENTICATED);
        assertThat(closure.line()).isEqualTo(8);
        assertThat(AccessMatrix.Cell.OWN_SIDE.own()).isTrue();
        assertThat(AccessMatrix.Cell.OWN_SIDE.side()).isTrue();
        assertThat(AccessMatrix.Cell.FORBIDDEN.admitted()).isFalse();
    }

    @Test
    void refusesWhatItCannotReadNamingTheLine() {
        assertThatThrownBy(() -> AccessMatrix.parse(HEADER + "| hazard | GET | /x | ok | own | 403 | 401 | |\n"))
                .hasMessageContaining("line 3").hasMessageContaining("unknown cell 'ok'");
        assertThatThrownBy(() -> AccessMatrix.parse(HEADER + "| hazard | GET | /x | ✓ | own | 403 |\n"))
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> AccessMatrix.parse(HEADER + "| hazard | GET | /x | ✓ | own | 403 | 403 | |\n"))
                .hasMessageContaining("401 is the no-token column's");
        assertThatThrownBy(() -> AccessMatrix.parse(HEADER + "| hazard | GET | /x | ✓ | own | 403 | own | |\n"))
                .hasMessageContaining("401 is the no-token column's");
        assertThatThrownBy(() -> AccessMatrix.parse(HEADER + "| hazard | GET | /x | 401 | own | 403 | 401 | |\n"))
                .hasMessageContaining("401 is the no-token column's");
        assertThatThrownBy(() -> AccessMatrix.parse(HEADER + "| hazard | GET | /x | ✓ | own | 403 | 401 | |\n"
                + "| hazard | GET | /x | ✓ | own | 403 | 401 | |\n")).hasMessageContaining("already on line 3");
        assertThatThrownBy(() -> AccessMatrix.parse("| service | method | path | TOWNSHIP |\n|---|---|---|---|\n"))
                .hasMessageContaining("no 'no token' column");
        assertThatThrownBy(() -> AccessMatrix.parse("no table")).hasMessageContaining("no table");
        assertThatThrownBy(() -> AccessMatrix.parse(HEADER + "| hazard | GET | x | ✓ | own | 403 | 401 | |\n"))
                .hasMessageContaining("does not start with /");
    }

    @Test
    void theWalkSeesRegionsAsTheServicesDoAndLeavesDeletionsToTheEnd() {
        assertThat(AccessWalk.covers("500240000000", "500240214000")).isTrue();
        assertThat(AccessWalk.covers("500240213000", "500240214000")).isFalse();
        assertThat(AccessWalk.covers("500240213000", "500240213001")).isTrue();
        assertThat(AccessWalk.covers("500240213000", "110101000000")).isFalse();
        AccessMatrix m = AccessMatrix.parse(HEADER + "| notify | DELETE | /r/{id} | ✓ | own | 403 | 401 | |\n"
                + "| notify | PUT | /r/{id} | ✓ | own | 403 | 401 | |\n| notify | POST | /r | ✓ | own | 403 | 401 | |\n"
                + "| notify | GET | /r | ✓ | own | 403 | 401 | |\n");
        assertThat(m.rows().stream().sorted(java.util.Comparator.comparingInt(AccessWalk::order)).map(AccessMatrix.Row::method))
                .containsExactly("GET", "POST", "PUT", "DELETE");
    }

    @Test
    void anOpenEndpointIsAllowedInTheNoTokenColumn() {
        AccessMatrix m = AccessMatrix.parse(HEADER + "| hazard | POST | `/public-reports` | 403 | 403 | 403 | ✓ | |\n");

        assertThat(m.rows().get(0).cells()).containsEntry("no token", AccessMatrix.Cell.ALLOWED);
    }

    @Test
    void namesTheOperationsWithoutARowAndTheRowsWithoutAnOperation() {
        AccessMatrix m = AccessMatrix.parse(HEADER + "| hazard | GET | /hazards | ✓ | own | 403 | 401 | |\n"
                + "| hazard | GET | /gone | ✓ | own | 403 | 401 | |\n");
        List<Operation> ops = List.of(op("hazard", "GET", "/hazards"), op("hazard", "POST", "/hazards"));

        AccessMatrix.Coverage coverage = m.coverage(ops);

        assertThat(coverage.complete()).isFalse();
        assertThat(coverage.missingRows()).containsExactly("hazard POST /hazards");
        assertThat(coverage.unknownOperations()).containsExactly("hazard GET /gone");
    }

    @Test
    void theRepositorysMatrixReadsAndNamesEveryRoleForEveryRow() throws Exception {
        Path doc = Path.of(System.getProperty("hazardledger.repo", "../..")).resolve("docs/access.md");
        AccessMatrix m = AccessMatrix.parse(Files.readString(doc));

        assertThat(m.columns()).containsExactly("INSPECTOR", "ENTERPRISE", "UNIT", "TOWNSHIP", "REGULATOR", "LEADER",
                "SYSTEM", "AUDITOR", "no token");
        assertThat(m.rows()).hasSizeGreaterThan(70).allSatisfy(r -> {
            assertThat(r.cells().keySet()).containsExactlyElementsOf(m.columns());
            // the auditor reads the trail and nothing else; what is open to anyone is open to it too
            AccessMatrix.Cell expected = r.path().startsWith("/audit-records") ? AccessMatrix.Cell.ALLOWED
                    : r.cells().get("no token") == AccessMatrix.Cell.UNAUTHENTICATED ? AccessMatrix.Cell.FORBIDDEN
                    : r.cells().get("no token");
            assertThat(r.cells().get("AUDITOR")).as(r.key()).isEqualTo(expected);
        });
        assertThat(m.rows()).extracting(AccessMatrix.Row::service).containsOnly("hazard", "task", "notify");
    }

    private static Operation op(String service, String method, String path) {
        return new Operation(service, method, path, List.of(), null, false, null, List.of("TOWNSHIP"), List.of(), null,
                List.of());
    }
}
