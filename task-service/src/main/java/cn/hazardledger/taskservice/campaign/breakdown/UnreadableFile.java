package cn.hazardledger.taskservice.campaign.breakdown;

/**
 * A file that is no table this import reads (not CSV or XLSX, an unknown encoding, a damaged workbook), with
 * the one problem to report: nothing in it can be read further.
 */
final class UnreadableFile extends RuntimeException {

    private final transient ImportProblem problem;

    UnreadableFile(String reason) {
        this(ImportProblem.ofFile(reason));
    }

    UnreadableFile(ImportProblem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    ImportProblem problem() {
        return problem;
    }
}
