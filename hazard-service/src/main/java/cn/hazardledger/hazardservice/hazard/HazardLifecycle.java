package cn.hazardledger.hazardservice.hazard;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lifecycle as a table, kept in plain Java so that its rules are tested without a server:
 * 排查发现 → 建立台账 → 整改 → 复查 → 销号, with 回头看 able to reopen a closed hazard.
 */
public final class HazardLifecycle {

    private static final Map<HazardStatus, Map<LedgerAction, HazardStatus>> TRANSITIONS = new EnumMap<>(HazardStatus.class);

    static {
        allow(HazardStatus.REPORTED, LedgerAction.CONFIRM, HazardStatus.CONFIRMED);
        allow(HazardStatus.REPORTED, LedgerAction.REJECT, HazardStatus.REJECTED);
        // 即查即改: fixed during the inspection, the ledger still records it and it is closed after review
        allow(HazardStatus.CONFIRMED, LedgerAction.FIX_ON_SPOT, HazardStatus.SUBMITTED);
        allow(HazardStatus.CONFIRMED, LedgerAction.START_RECTIFICATION, HazardStatus.RECTIFYING);
        allow(HazardStatus.RECTIFYING, LedgerAction.SUBMIT_RECTIFICATION, HazardStatus.SUBMITTED);
        allow(HazardStatus.SUBMITTED, LedgerAction.CLOSE, HazardStatus.CLOSED);
        allow(HazardStatus.SUBMITTED, LedgerAction.SEND_BACK, HazardStatus.RECTIFYING);
        allow(HazardStatus.CLOSED, LedgerAction.REOPEN, HazardStatus.RECTIFYING);
    }

    private HazardLifecycle() {
    }

    private static void allow(HazardStatus from, LedgerAction action, HazardStatus to) {
        TRANSITIONS.computeIfAbsent(from, s -> new EnumMap<>(LedgerAction.class)).put(action, to);
    }

    /** The status after {@code action}, or empty when the action is not allowed from {@code from}. */
    public static Optional<HazardStatus> next(HazardStatus from, LedgerAction action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(from, Map.of()).get(action));
    }

    /** The actions the lifecycle allows from {@code from}, in declaration order. */
    public static java.util.Set<LedgerAction> allowedFrom(HazardStatus from) {
        return TRANSITIONS.getOrDefault(from, Map.of()).keySet();
    }

    public static boolean isOpen(HazardStatus status) {
        return status != HazardStatus.REJECTED && status != HazardStatus.CLOSED;
    }
}
