package cn.hazardledger.hazardservice.rectification;

import cn.hazardledger.chassis.web.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The five-in-place rule (五到位, docs/domain.md) in plain Java: which parts of a plan are missing. */
public final class FiveInPlace {

    private FiveInPlace() {
    }

    /** One error per missing or unusable part, in the order the notices list them; empty when the plan is whole. */
    public static List<Problem.FieldError> missingParts(FiveInPlacePlan plan, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        FiveInPlacePlan.Responsible r = plan.responsible();
        if (r == null) {
            errors.add(missing("responsible", "整改责任 / the responsible person (name, post, phone) is missing"));
        } else {
            if (blank(r.name())) {
                errors.add(missing("responsible.name", "整改责任人姓名 / the responsible person's name is missing"));
            }
            if (blank(r.post())) {
                errors.add(missing("responsible.post", "整改责任人职务 / the responsible person's post is missing"));
            }
            if (blank(r.phone())) {
                errors.add(missing("responsible.phone", "整改责任人电话 / the responsible person's phone is missing"));
            }
        }
        if (blank(plan.measures())) {
            errors.add(missing("measures", "整改措施 / the measures are missing"));
        }
        if (plan.funds() == null || plan.funds().amountYuan() == null) {
            errors.add(missing("funds.amountYuan", "整改资金 / the amount of funds is missing"));
        }
        if (plan.funds() == null || blank(plan.funds().source())) {
            errors.add(missing("funds.source", "资金来源 / the source of the funds is missing"));
        }
        if (plan.deadline() == null) {
            errors.add(missing("deadline", "整改时限 / the deadline is missing"));
        } else if (plan.deadline().isBefore(today)) {
            errors.add(missing("deadline", "整改时限 / the deadline " + plan.deadline() + " has already passed"));
        }
        if (plan.contingencyPlan() == null || blank(plan.contingencyPlan().text())) {
            errors.add(missing("contingencyPlan.text", "应急预案 / the contingency plan is missing"));
        }
        if (plan.responsibleUnit() != null && (blank(plan.responsibleUnit().code()) || blank(plan.responsibleUnit().name()))) {
            errors.add(missing("responsibleUnit", "责任单位 / a responsible unit needs both its code and its name"));
        }
        return errors;
    }

    private static Problem.FieldError missing(String field, String reason) {
        return new Problem.FieldError(field, reason);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
