package cn.hazardledger.hazardservice.publicreport;

/** A reward step the report is not eligible for, or not ready for: 409 saying why. */
class RewardRefused extends RuntimeException {

    RewardRefused(String why) {
        super(why, null, false, false);
    }
}
