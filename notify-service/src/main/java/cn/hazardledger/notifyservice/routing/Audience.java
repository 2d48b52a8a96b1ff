package cn.hazardledger.notifyservice.routing;

/** Who a rule tells, resolved against each occurrence by {@link Audiences} (docs/routing.md). */
public enum Audience {
    /**
     * A role's inbox at a level of the event's region ({@code role} at {@code level}); with a {@code party}, that
     * party's own inbox of the role: a unit (责任科室 / 行业主管部门) or an enterprise by its code, a unit or a
     * leader by name ({@code name:<name>}).
     */
    ROLE,
    /** 整改责任方: the unit, enterprise or township that must rectify; for a task, its assignee or its units. */
    RESPONSIBLE_SIDE,
    /** The enterprise the hazard is in. */
    ENTERPRISE,
    /** The regulator that listed the hazard for supervision (挂牌督办), at its listing level. */
    LISTING_AUTHORITY,
    /** The assignee of a task. */
    ASSIGNEE,
    /** A campaign task's responsible units (责任科室), by the names the breakdown table gives. */
    TASK_UNITS,
    /** A campaign task's lead leaders (牵头领导), by name. */
    LEAD_LEADERS,
    /** The side that supervises the responsible side (督办): the township over units and enterprises, the county over a township, the lead leaders over a campaign's units. */
    SUPERVISOR,
    /** The level above the supervisor, which is told to summon the responsible side (约谈). */
    NEXT_LEVEL_UP,
    /** The side an escalation hands the hazard to: the pool's county regulator, or the industry department. */
    RECEIVING_SIDE,
    /** Nobody: a region's rule that silences a slot there. */
    NOBODY
}
