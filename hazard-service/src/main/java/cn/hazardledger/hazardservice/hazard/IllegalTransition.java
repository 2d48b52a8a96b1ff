package cn.hazardledger.hazardservice.hazard;

/** An action the lifecycle does not allow from the hazard's current status (docs/domain.md, lifecycle). */
public class IllegalTransition extends RuntimeException {

    private final HazardStatus current;
    private final LedgerAction refused;

    public IllegalTransition(HazardStatus current, LedgerAction refused) {
        super("a " + current + " hazard cannot take " + refused + "; from " + current + " it can take "
                + HazardLifecycle.allowedFrom(current), null, false, false);
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
