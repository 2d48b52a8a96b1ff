package cn.hazardledger.hazardservice.hazard;

/** A step whose content breaks a rule of the domain (a major hazard without its standard): 400 naming the field. */
public class InvalidStep extends RuntimeException {

    private final String field;

    public InvalidStep(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
