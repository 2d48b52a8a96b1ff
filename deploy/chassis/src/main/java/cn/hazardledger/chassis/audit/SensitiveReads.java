package cn.hazardledger.chassis.audit;

import jakarta.enterprise.context.RequestScoped;

/** The sensitive-read action a resource named for this request at run time ({@link AuditTrail#sensitiveRead}). */
@RequestScoped
public class SensitiveReads {

    private String action;

    void mark(String action) {
        this.action = action;
    }

    String action() {
        return action;
    }
}
