package cn.hazardledger.launcher.fuzz;

import java.util.Random;

/**
 * What a mutation family works on: one operation, its baseline, and the means to make values and tokens. The
 * baseline is replaced when the object it aims at was changed by a hostile request the server wrongly accepted.
 */
public final class Target {

    private final Operation op;
    private final Values values;
    private final BadTokens tokens;
    private final Random rnd;
    private Baseline base;

    public Target(Operation op, Baseline base, Values values, BadTokens tokens, Random rnd) {
        this.op = op;
        this.base = base;
        this.values = values;
        this.tokens = tokens;
        this.rnd = rnd;
    }

    public Operation op() {
        return op;
    }

    public Baseline base() {
        return base;
    }

    public void rebase(Baseline baseline) {
        this.base = baseline;
    }

    public Values values() {
        return values;
    }

    public BadTokens tokens() {
        return tokens;
    }

    public Random rnd() {
        return rnd;
    }

    public Scope scope() {
        return values.scope();
    }

    /** A copy of the baseline to break one thing in. */
    public Draft draft() {
        return new Draft(this);
    }
}
