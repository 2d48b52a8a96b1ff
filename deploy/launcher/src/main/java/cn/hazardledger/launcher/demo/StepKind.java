package cn.hazardledger.launcher.demo;

import java.util.Arrays;

/**
 * The steps a demo story may take, by the word demo-hazards.json uses, and where hazard-service takes each
 * (hazard-service/README.md, "The lifecycle through the API"): under {@code /hazards/{id}} unless it is the report.
 */
enum StepKind {
    REPORT("report", ""),
    CONFIRM("confirm", "/confirmation"),
    REJECT("reject", "/rejection"),
    EVIDENCE("evidence", "/evidence"),
    FIX_ON_SPOT("fix-on-spot", "/on-the-spot-fix"),
    PLAN("plan", "/rectification-plan"),
    REVISE_PLAN("revise-plan", "/rectification-plan/revisions"),
    SUBMIT("submit", "/submission"),
    CLOSE("close", "/closure"),
    SEND_BACK("send-back", "/send-back"),
    REOPEN("reopen", "/reopening"),
    REQUEST_EXTENSION("request-extension", "/extensions"),
    DECIDE_EXTENSION("decide-extension", "/extensions/%s/decision"),
    DUAL_REPORT("dual-report", "/dual-reports"),
    LIST("list", "/supervision-listing"),
    DELIST("delist", "/delisting"),
    ESCALATE("escalate", "/escalation"),
    PUSH("push", "/department-push");

    final String word;
    private final String path;

    StepKind(String word, String path) {
        this.word = word;
        this.path = path;
    }

    static StepKind of(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step \"" + word + "\": one of "
                        + Arrays.stream(values()).map(k -> k.word).toList()));
    }

    /** The step's path under the hazard; a decision names the extension it decides. */
    String path(String hazardId, String extensionId) {
        if (this == REPORT) {
            return "/hazards";
        }
        return "/hazards/" + hazardId + (this == DECIDE_EXTENSION ? path.formatted(extensionId) : path);
    }

    /** A step's answer: the report and an upload create something (201), every other step changes the hazard (200). */
    int expectedStatus() {
        return this == REPORT || this == EVIDENCE ? 201 : 200;
    }
}
