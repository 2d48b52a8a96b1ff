package cn.hazardledger.taskservice.campaign.breakdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The test resources and what every test asks of an import. */
final class Fixtures {

    /** Seed 003's table: 三星府发〔2023〕76号's annex, as a CSV with blank cells for the original's merged ones. */
    static final String SANXING = "breakdown/sanxing-2023-task-breakdown.csv";

    private Fixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Breakdown sanxing() {
        return imported(BreakdownImport.read(resource(SANXING), "sanxing-2023-task-breakdown.csv", 2023));
    }

    static Breakdown imported(ImportResult result) {
        if (result instanceof ImportResult.Rejected rejected) {
            throw new AssertionError("rejected: " + rejected.problems().stream().map(ImportProblem::message).toList());
        }
        return ((ImportResult.Imported) result).breakdown();
    }

    /** The same breakdown as if it had not been read from a file, for comparing breakdowns read from different files. */
    static Breakdown withoutRows(Breakdown b) {
        return new Breakdown(b.actions().stream().map(a -> new MainAction(a.number(), a.title(), a.keyTasks().stream()
                .map(k -> new KeyTask(k.number(), k.title(), k.specificTasks().stream().map(SpecificTask::withoutSourceRow).toList()))
                .toList())).toList());
    }

    static java.util.List<String> problems(ImportResult result) {
        assertThat(result).as("the import is rejected").isInstanceOf(ImportResult.Rejected.class);
        return ((ImportResult.Rejected) result).problems().stream().map(ImportProblem::message).toList();
    }
}
