package cn.hazardledger.hazardservice.publicreport;

/** A triage of a report that is no longer RECEIVED: 409 naming its status. */
class TriageConflict extends RuntimeException {

    private final PublicReportStatus current;

    TriageConflict(PublicReportStatus current, String why) {
        super(why, null, false, false);
        this.current = current;
    }

    PublicReportStatus current() {
        return current;
    }
}
