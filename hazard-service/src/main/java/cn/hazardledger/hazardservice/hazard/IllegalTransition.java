package cn.hazardledger.hazardservice.hazard;

/**
 * An action the lifecycle (docs/domain.md) does not allow from the hazard's current status, or does not allow
 * for this hazard now (a general hazard listed for supervision, a second pending extension). Answered as 409.
 */
public class IllegalTransition extends RuntimeException {

    private final HazardStatus current;
    private final LedgerAction refused;

    public IllegalTransition(HazardStatus current, LedgerAction refused) {
        this(current, refused, "a " + current + " hazard cannot take " + refused + "; from " + current
                + " it can take " + HazardLifecycle.allowedFrom(current));
    }

    public IllegalTransition(HazardStatus current, LedgerAction refused, String why) {
        super(why, null, false, false);
        this.current = current;
        this.refused = refused;
    }

    public HazardStatus current() {
        return current;
    }

    public LedgerAction refused() {
        return refused;
    }
}
