package cn.hazardledger.taskservice.campaign.breakdown;

import java.util.List;
import java.util.Objects;

/** What an import answers: the whole breakdown, or every problem and nothing imported. */
public sealed interface ImportResult permits ImportResult.Imported, ImportResult.Rejected {

    /**
     * The table read whole.
     *
     * @param title the table's title when a row above the header gives one ("三星乡2023年安全生产专项整治行动任务分解表"),
     *              else ""
     */
    record Imported(Breakdown breakdown, String title) implements ImportResult {
        public Imported {
            Objects.requireNonNull(breakdown, "breakdown");
            Objects.requireNonNull(title, "title");
        }
    }

    /** Nothing imported; every problem found, in the order of the file (at least one). */
    record Rejected(List<ImportProblem> problems) implements ImportResult {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejection names at least one problem");
            }
        }
    }
}
