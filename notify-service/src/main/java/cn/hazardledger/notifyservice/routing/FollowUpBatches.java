package cn.hazardledger.notifyservice.routing;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.concurrent.Callable;

/**
 * How the follow-up jobs (dual-report reminders, 约谈 suggestions) work through what is due: a batch per
 * transaction, so that a long backlog neither holds one transaction open nor waits for the next run.
 */
public final class FollowUpBatches {

    /** Rows a job claims per transaction. */
    public static final int SIZE = 100;

    private FollowUpBatches() {
    }

    /** Runs {@code batch} (answering how many it handled) in transactions of its own until one comes back short. */
    public static void drain(Callable<Integer> batch) {
        int handled;
        do {
            handled = QuarkusTransaction.requiringNew().call(batch);
        } while (handled >= SIZE);
    }
}
