package cn.hazardledger.hazardservice.hazard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HazardLifecycleTest {

    @Test
    void theMainPathRunsFromReportToClosure() {
        HazardStatus s = HazardStatus.REPORTED;
        s = HazardLifecycle.next(s, LedgerAction.CONFIRM).orElseThrow();
        s = HazardLifecycle.next(s, LedgerAction.PLAN_RECTIFICATION).orElseThrow();
        s = HazardLifecycle.next(s, LedgerAction.SUBMIT_RECTIFICATION).orElseThrow();
        s = HazardLifecycle.next(s, LedgerAction.CLOSE).orElseThrow();
        assertThat(s).isEqualTo(HazardStatus.CLOSED);
        assertThat(HazardLifecycle.isOpen(s)).isFalse();
    }

    @Test
    void reInspectionCanSendBackAndSpotRechecksCanReopen() {
        assertThat(HazardLifecycle.next(HazardStatus.SUBMITTED, LedgerAction.SEND_BACK)).contains(HazardStatus.RECTIFYING);
        assertThat(HazardLifecycle.next(HazardStatus.CLOSED, LedgerAction.REOPEN)).contains(HazardStatus.RECTIFYING);
        assertThat(HazardLifecycle.next(HazardStatus.CONFIRMED, LedgerAction.FIX_ON_SPOT)).contains(HazardStatus.SUBMITTED);
    }

    @Test
    void nothingSkipsReviewOrLeavesARejection() {
        assertThat(HazardLifecycle.next(HazardStatus.REPORTED, LedgerAction.PLAN_RECTIFICATION)).isEmpty();
        assertThat(HazardLifecycle.next(HazardStatus.REPORTED, LedgerAction.CLOSE)).isEmpty();
        assertThat(HazardLifecycle.next(HazardStatus.RECTIFYING, LedgerAction.CLOSE)).isEmpty();
        for (LedgerAction action : LedgerAction.values()) {
            assertThat(HazardLifecycle.next(HazardStatus.REJECTED, action)).isEmpty();
        }
        assertThat(HazardLifecycle.isOpen(HazardStatus.REPORTED)).isTrue();
    }
}
