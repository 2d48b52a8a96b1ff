package cn.hazardledger.hazardservice.rectification;

import cn.hazardledger.chassis.web.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** 五到位: a plan missing any part is named part by part. */
class FiveInPlaceTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

    @Test
    void aWholePlanMissesNothing() {
        assertThat(FiveInPlace.missingParts(whole(), TODAY)).isEmpty();
    }

    @Test
    void anEmptyPlanIsRefusedWithOneErrorPerMissingPart() {
        FiveInPlacePlan empty = new FiveInPlacePlan(null, null, null, null, null, null, null);
        assertThat(FiveInPlace.missingParts(empty, TODAY)).extracting(Problem.FieldError::field)
                .containsExactly("responsible", "measures", "funds.amountYuan", "funds.source", "deadline",
                        "contingencyPlan.text");
    }

    @Test
    void blankPartsCountAsMissingAndAPassedDeadlineIsRefused() {
        FiveInPlacePlan plan = new FiveInPlacePlan(new FiveInPlacePlan.Responsible("张建国", " ", null), null, "  ",
                new FiveInPlacePlan.Funds(new BigDecimal("10"), ""), TODAY.minusDays(1),
                new FiveInPlacePlan.Contingency(null, null), null);
        assertThat(FiveInPlace.missingParts(plan, TODAY)).extracting(Problem.FieldError::field)
                .containsExactly("responsible.post", "responsible.phone", "measures", "funds.source", "deadline",
                        "contingencyPlan.text");
        assertThat(FiveInPlace.missingParts(plan, TODAY)).filteredOn(e -> e.field().equals("deadline"))
                .singleElement().extracting(Problem.FieldError::reason).asString().contains("already passed");
    }

    @Test
    void aResponsibleUnitNeedsItsCodeAndName() {
        FiveInPlacePlan whole = whole();
        FiveInPlacePlan plan = new FiveInPlacePlan(whole.responsible(), new FiveInPlacePlan.Unit("500240-ZJW", null),
                whole.measures(), whole.funds(), whole.deadline(), whole.contingencyPlan(), null);
        assertThat(FiveInPlace.missingParts(plan, TODAY)).extracting(Problem.FieldError::field).containsExactly("responsibleUnit");
    }

    private static FiveInPlacePlan whole() {
        return new FiveInPlacePlan(new FiveInPlacePlan.Responsible("张建国", "安全主管", "13800000000"), null, "更换灶具",
                new FiveInPlacePlan.Funds(new BigDecimal("3500.00"), "企业自筹"), TODAY,
                new FiveInPlacePlan.Contingency("停用燃气", null), null);
    }
}
