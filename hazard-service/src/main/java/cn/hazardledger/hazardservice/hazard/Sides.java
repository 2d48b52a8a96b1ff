package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.security.Roles;

/**
 * Which side takes a step, beyond the roles an endpoint admits (docs/domain.md; the table in
 * hazard-service/README.md): a general hazard is closed by its township, a major one only by a regulator of the
 * county or above (验收销号), and the reviewer is never the one who submitted.
 */
public final class Sides {

    private Sides() {
    }

    /** The side that closes the hazard, and so also decides its extensions and reopens it. */
    public static boolean closes(Hazard hazard, Actor actor) {
        RegionCode region = RegionCode.of(hazard.regionCode);
        if (hazard.level == HazardLevel.MAJOR) {
            return Roles.REGULATOR.equals(actor.role()) && actor.region().isCountyOrAbove()
                    && actor.region().covers(region);
        }
        return Roles.TOWNSHIP.equals(actor.role()) && actor.region().covers(region.township());
    }

    public static void requireClosingSide(Hazard hazard, Actor actor, String what) {
        if (!closes(hazard, actor)) {
            throw new WrongSide(hazard.level == HazardLevel.MAJOR
                    ? "a major hazard is closed by a regulator of its county or above (验收销号); only that side " + what + " it"
                    : "a general hazard is closed by its township; only the township " + what + " it");
        }
    }

    /** 复查: the closing side, and never the person who submitted the rectification. */
    public static void requireReviewer(Hazard hazard, Actor reviewer) {
        requireClosingSide(hazard, reviewer, "reviews");
        if (reviewer.subject().equals(hazard.submittedBy)) {
            throw new WrongSide("the reviewer is never the submitter: " + reviewer.subject() + " submitted this rectification");
        }
    }

    public static void requireRegulator(Actor actor, String what) {
        if (!Roles.REGULATOR.equals(actor.role()) || !actor.region().isCountyOrAbove()) {
            throw new WrongSide("only a regulator of a county or above " + what);
        }
    }
}
