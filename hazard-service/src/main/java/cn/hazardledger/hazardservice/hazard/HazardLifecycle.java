package cn.hazardledger.hazardservice.hazard;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle as a table, kept in plain Java so that its rules are tested without a server (docs/domain.md,
 * lifecycle): 排查发现 → 建立台账 → 整改 → 复查 → 销号, with 回头看 able to reopen a closed hazard. Actions that
 * record something without moving the hazard (a plan revision, an extension, the dual report, a listing for
 * supervision, an escalation) are in the table too, from the statuses that allow them, so that every refusal
 * is the same 409.
 */
public final class HazardLifecycle {

    private static final Map<HazardStatus, Map<LedgerAction, HazardStatus>> TRANSITIONS = new EnumMap<>(HazardStatus.class);

    static {
        allow(HazardStatus.REPORTED, LedgerAction.CONFIRM, HazardStatus.CONFIRMED);
        allow(HazardStatus.REPORTED, LedgerAction.REJECT, HazardStatus.REJECTED);
        // 即查即改: fixed during the inspection; the ledger still records it and it is closed after review
        allow(HazardStatus.CONFIRMED, LedgerAction.FIX_ON_SPOT, HazardStatus.SUBMITTED);
        allow(HazardStatus.CONFIRMED, LedgerAction.PLAN_RECTIFICATION, HazardStatus.RECTIFYING);
        allow(HazardStatus.RECTIFYING, LedgerAction.REVISE_PLAN, HazardStatus.RECTIFYING);
        allow(HazardStatus.RECTIFYING, LedgerAction.SUBMIT_RECTIFICATION, HazardStatus.SUBMITTED);
        allow(HazardStatus.SUBMITTED, LedgerAction.CLOSE, HazardStatus.CLOSED);
        allow(HazardStatus.SUBMITTED, LedgerAction.SEND_BACK, HazardStatus.RECTIFYING);
        allow(HazardStatus.CLOSED, LedgerAction.REOPEN, HazardStatus.RECTIFYING);
        stay(LedgerAction.REQUEST_EXTENSION, HazardStatus.RECTIFYING);
        stay(LedgerAction.APPROVE_EXTENSION, HazardStatus.RECTIFYING);
        stay(LedgerAction.REFUSE_EXTENSION, HazardStatus.RECTIFYING);
        // 双报告: as soon as a major hazard is known, before or after the township confirmed it
        stay(LedgerAction.DUAL_REPORT, HazardStatus.REPORTED, HazardStatus.CONFIRMED, HazardStatus.RECTIFYING,
                HazardStatus.SUBMITTED);
        stay(LedgerAction.LIST_FOR_SUPERVISION, HazardStatus.CONFIRMED, HazardStatus.RECTIFYING, HazardStatus.SUBMITTED);
        // 挂牌督办 ends only with 销号: the listing authority delists a closed hazard
        stay(LedgerAction.DELIST, HazardStatus.CLOSED);
        stay(LedgerAction.ESCALATE, HazardStatus.CONFIRMED, HazardStatus.RECTIFYING);
        stay(LedgerAction.PUSH_TO_DEPARTMENT, HazardStatus.CONFIRMED, HazardStatus.RECTIFYING, HazardStatus.SUBMITTED);
    }

    private HazardLifecycle() {
    }

    private static void allow(HazardStatus from, LedgerAction action, HazardStatus to) {
        TRANSITIONS.computeIfAbsent(from, s -> new EnumMap<>(LedgerAction.class)).put(action, to);
    }

    private static void stay(LedgerAction action, HazardStatus... statuses) {
        for (HazardStatus status : statuses) {
            allow(status, action, status);
        }
    }

    /** The status after {@code action}, or empty when the action is not allowed from {@code from}. */
    public static Optional<HazardStatus> next(HazardStatus from, LedgerAction action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(from, Map.of()).get(action));
    }

    /** The actions the lifecycle allows from {@code from}, in declaration order. */
    public static Set<LedgerAction> allowedFrom(HazardStatus from) {
        return TRANSITIONS.getOrDefault(from, Map.of()).keySet();
    }

    public static boolean isOpen(HazardStatus status) {
        return status != HazardStatus.REJECTED && status != HazardStatus.CLOSED;
    }
}
