package cn.hazardledger.hazardservice.hazard;

/**
 * The caller may see the hazard but is not the side that takes this step (a major hazard is closed by the
 * county regulator, the reviewer is never the submitter): 403.
 */
public class WrongSide extends RuntimeException {

    public WrongSide(String why) {
        super(why, null, false, false);
    }
}
