package cn.hazardledger.launcher.load;

/**
 * What the load sends, and how many of each per hundred reports. At 100 reports a second, a hundred times a
 * county's busiest hour, the phones that report also look at what they reported and the desks refresh their
 * lists and inboxes: 40 reads and 10 reviews for every 100 reports.
 */
enum Operation {
    REPORT("POST /hazards", 100),
    READ_HAZARD("GET /hazards/{id}", 20),
    LIST_HAZARDS("GET /hazards", 8),
    READ_INBOX("GET /inbox", 8),
    LIST_TASKS("GET /tasks", 4),
    CONFIRM("POST /hazards/{id}/confirmation", 10);

    final String label;
    final int perHundredReports;

    Operation(String label, int perHundredReports) {
        this.label = label;
        this.perHundredReports = perHundredReports;
    }
}
