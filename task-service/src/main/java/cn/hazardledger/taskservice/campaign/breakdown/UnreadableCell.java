package cn.hazardledger.taskservice.campaign.breakdown;

/**
 * A cell whose words cannot be read, with the reason in Chinese as the import reports it ("无法识别的时限“六月中旬”").
 * The reader turns it into an {@link ImportProblem} naming the row and column and goes on to the next cell, so
 * that one import reports every problem.
 */
final class UnreadableCell extends RuntimeException {

    UnreadableCell(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
