package cn.hazardledger.launcher.load;

/** What the load sends, and how many of each per hundred reports (the mix of a county's day, roughly). */
enum Operation {
    REPORT("POST /hazards", 100),
    READ_HAZARD("GET /hazards/{id}", 50),
    LIST_HAZARDS("GET /hazards", 20),
    READ_INBOX("GET /inbox", 20),
    LIST_TASKS("GET /tasks", 10),
    CONFIRM("POST /hazards/{id}/confirmation", 10);

    final String label;
    final int perHundredReports;

    Operation(String label, int perHundredReports) {
        this.label = label;
        this.perHundredReports = perHundredReports;
    }
}
