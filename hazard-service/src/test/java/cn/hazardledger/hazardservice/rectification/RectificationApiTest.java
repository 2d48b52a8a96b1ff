package cn.hazardledger.hazardservice.rectification;

import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.hazardservice.hazard.Walk;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/** Rectification through the REST API, each path with its events checked against their schemas. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class RectificationApiTest {

    static final String CREDIT_CODE = "91350100M000100Y43";
    static final String INSPECTOR = token("INSPECTOR", Hazards.TOWNSHIP);
    static final String TOWNSHIP = token("TOWNSHIP", Hazards.TOWNSHIP, "township-clerk-1");
    static final String ENTERPRISE = token("ENTERPRISE", Hazards.TOWNSHIP, "boss-1", Map.of("credit_code", CREDIT_CODE));
    static final String OTHER_ENTERPRISE = token("ENTERPRISE", Hazards.TOWNSHIP, "boss-2",
            Map.of("credit_code", "914403001922038216"));

    @Inject
    EntityManager em;

    static String inDays(int days) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(days).toString();
    }

    static Map<String, Object> enterpriseReport(String title) {
        Map<String, Object> body = new HashMap<>(Hazards.report(Hazards.VILLAGE, title));
        body.put("enterprise", Map.of("name", "忠县三星乡好再来餐馆", "creditCode", CREDIT_CODE,
                "contactName", "陈老板", "contactPhone", "13900000000"));
        return body;
    }

    static Walk confirmed(String title) {
        Walk walk = Walk.report(INSPECTOR, enterpriseReport(title));
        walk.step(TOWNSHIP, "/confirmation", Map.of(), 200)
                .body("ledgerNumber", matchesPattern("YH-500240-\\d{4}-\\d{6}"));
        return walk;
    }

    @Test
    void aGeneralHazardGoesFromReportToClosureUnderTheFiveInPlace() {
        Walk walk = confirmed("后厨液化气钢瓶与灶具同室");
        String before = walk.etag();
        walk.step(ENTERPRISE, "/rectification-plan", Map.of("measures", "整改"), 400)
                .contentType("application/problem+json")
                .body("errors.field", contains("responsible", "funds.amountYuan", "funds.source", "deadline",
                        "contingencyPlan.text"));
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + walk.id).then().header("ETag", before);

        walk.step(ENTERPRISE, "/rectification-plan", Walk.plan(inDays(30)), 200)
                .body("status", equalTo("RECTIFYING"))
                .body("rectification.deadline", equalTo(inDays(30)))
                .body("rectification.responsible.kind", equalTo("ENTERPRISE"))
                .body("allowedActions", containsInAnyOrder("REVISE_PLAN", "SUBMIT_RECTIFICATION", "REQUEST_EXTENSION",
                        "APPROVE_EXTENSION", "REFUSE_EXTENSION", "DUAL_REPORT", "LIST_FOR_SUPERVISION", "ESCALATE",
                        "PUSH_TO_DEPARTMENT"));
        String photo = walk.uploadPhoto(ENTERPRISE);
        walk.step(ENTERPRISE, "/submission", Map.of("summary", "已更换灶具，报警器安装完毕", "evidenceIds", List.of(photo)), 200)
                .body("status", equalTo("SUBMITTED")).body("rectification.submittedBy", equalTo("boss-1"));
        walk.step(ENTERPRISE, "/closure", Map.of(), 403);
        walk.step(TOWNSHIP, "/closure", Map.of("note", "经现场复查，整改到位，同意销号"), 200)
                .body("status", equalTo("CLOSED")).body("closedAt", notNullValue());

        given().auth().oauth2(TOWNSHIP).get("/hazards/" + walk.id + "/entries").then().statusCode(200)
                .body("action", contains("REPORT", "CONFIRM", "PLAN_RECTIFICATION", "SUBMIT_RECTIFICATION", "CLOSE"))
                .body("[3].data.evidence[0].id", equalTo(photo))
                .body("[2].data.responsible.name", equalTo("张建国"));
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + walk.id + "/ledger/verify").then().body("intact", equalTo(true));
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + walk.id + "/evidence/" + photo).then().statusCode(200)
                .body("entrySequence", equalTo(4));
        assertThat(walk.events(em)).containsExactly("hazard.reported.v1", "hazard.confirmed.v1",
                "hazard.rectification-planned.v1", "hazard.submitted.v1", "hazard.closed.v1");
    }

    @Test
    void theReviewerIsNeverTheSubmitterAndASendBackReturnsWithReasons() {
        Walk walk = confirmed("配电箱无防护罩");
        walk.step(TOWNSHIP, "/rectification-plan", Walk.plan(inDays(10)), 200);
        String photo = walk.uploadPhoto(TOWNSHIP);
        walk.step(TOWNSHIP, "/submission", Map.of("summary", "加装防护罩", "evidenceIds", List.of(photo)), 200);
        walk.step(TOWNSHIP, "/closure", Map.of(), 403).body("detail", org.hamcrest.Matchers.containsString("never the submitter"));
        String other = token("TOWNSHIP", Hazards.TOWNSHIP, "township-clerk-2");
        walk.step(other, "/send-back", Map.of("reasons", List.of()), 400).body("errors[0].field", equalTo("reasons"));
        walk.step(other, "/send-back", Map.of("reasons", List.of("防护罩未接地")), 200).body("status", equalTo("RECTIFYING"));
        walk.step(TOWNSHIP, "/rectification-plan/revisions", Walk.plan(inDays(12)), 400)
                .body("errors[0].field", equalTo("revisionReason"));
        Map<String, Object> revised = new HashMap<>(Walk.plan(inDays(12)));
        revised.put("revisionReason", "增加接地措施");
        walk.step(TOWNSHIP, "/rectification-plan/revisions", revised, 200).body("rectification.planRevision", equalTo(2));
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + walk.id + "/rectification-plan/revisions").then()
                .body("revision", contains(1, 2)).body("[1].revisionReason", equalTo("增加接地措施"));
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + walk.id + "/deadlines").then()
                .body("deadline", contains(inDays(10), inDays(12))).body("setBy", contains("PLAN_RECTIFICATION", "REVISE_PLAN"));
        assertThat(walk.events(em)).containsSubsequence("hazard.sent-back.v1", "hazard.plan-revised.v1");
    }

    @Test
    void anOnTheSpotFixNeedsAPhotoAndIsClosedByTheTownship() {
        Walk walk = confirmed("消防通道堆放杂物");
        walk.step(INSPECTOR, "/on-the-spot-fix", Map.of("measures", "当场清理", "evidenceIds", List.of()), 400)
                .body("errors[0].field", equalTo("evidenceIds"));
        walk.step(INSPECTOR, "/on-the-spot-fix", Map.of("measures", "当场清理",
                "evidenceIds", List.of("7b0e3c52-1f7a-4d55-9a3e-0c6f1d2b9e80")), 400).body("errors[0].field", equalTo("evidenceIds"));
        String photo = walk.uploadPhoto(INSPECTOR);
        walk.step(INSPECTOR, "/on-the-spot-fix", Map.of("measures", "当场清理", "evidenceIds", List.of(photo)), 200)
                .body("status", equalTo("SUBMITTED"));
        walk.step(TOWNSHIP, "/closure", Map.of(), 200).body("status", equalTo("CLOSED"));
        assertThat(walk.events(em)).containsSubsequence("hazard.fixed-on-spot.v1", "hazard.closed.v1");
    }

    @Test
    void aClosedHazardIsReopenedWithANewDeadlineAndAnExtensionIsDecidedByTheTownship() {
        Walk walk = confirmed("楼梯间电动车充电");
        walk.step(ENTERPRISE, "/rectification-plan", Walk.plan(inDays(5)), 200);
        walk.step(ENTERPRISE, "/extensions", Map.of("reason", "设备供货延迟", "proposedDeadline", inDays(20)), 200);
        String extension = given().auth().oauth2(TOWNSHIP).get("/hazards/" + walk.id + "/extensions").then()
                .body("", hasSize(1)).extract().path("[0].id");
        walk.step(ENTERPRISE, "/extensions/" + extension + "/decision", Map.of("decision", "APPROVED"), 403);
        walk.step(TOWNSHIP, "/extensions/" + extension + "/decision", Map.of("decision", "REFUSED"), 400)
                .body("errors[0].field", equalTo("noteGivenForRefusal"));
        walk.step(TOWNSHIP, "/extensions/" + extension + "/decision", Map.of("decision", "APPROVED", "note", "同意"), 200)
                .body("rectification.deadline", equalTo(inDays(20))).body("rectification.pendingExtension", equalTo(null));
        walk.step(TOWNSHIP, "/extensions/" + extension + "/decision", Map.of("decision", "APPROVED"), 409)
                .body("refusedAction", equalTo("APPROVE_EXTENSION"));
        String photo = walk.uploadPhoto(ENTERPRISE);
        walk.step(ENTERPRISE, "/submission", Map.of("summary", "已整改", "evidenceIds", List.of(photo)), 200);
        walk.step(TOWNSHIP, "/closure", Map.of(), 200);
        walk.step(ENTERPRISE, "/submission", Map.of("summary", "again", "evidenceIds", List.of(photo)), 409)
                .body("currentStatus", equalTo("CLOSED")).body("refusedAction", equalTo("SUBMIT_RECTIFICATION"));
        walk.step(TOWNSHIP, "/reopening", Map.of("reason", "回头看发现隐患反弹", "deadline", inDays(15)), 200)
                .body("status", equalTo("RECTIFYING")).body("rectification.deadline", equalTo(inDays(15)));
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + walk.id + "/deadlines").then()
                .body("deadline", contains(inDays(5), inDays(20), inDays(15)))
                .body("setBy", contains("PLAN_RECTIFICATION", "APPROVE_EXTENSION", "REOPEN"));
        assertThat(walk.events(em)).containsSubsequence("hazard.extension-requested.v1", "hazard.extension-decided.v1",
                "hazard.closed.v1", "hazard.reopened.v1");
    }

    @Test
    void overdueIsDerivedFromThePassedDeadlineAndFilterable() {
        Walk late = confirmed("超期未整改的隐患");
        late.step(TOWNSHIP, "/rectification-plan", Walk.plan(inDays(3)), 200);
        Walk onTime = confirmed("按期整改中的隐患");
        onTime.step(TOWNSHIP, "/rectification-plan", Walk.plan(inDays(3)), 200);
        // the API refuses a deadline in the past, so time passes here behind the service's back
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE hazard SET deadline = current_date - 2 WHERE id = cast(?1 as uuid)").setParameter(1, late.id).executeUpdate());
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + late.id).then().body("overdue", equalTo(true));
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + onTime.id).then().body("overdue", equalTo(false));
        given().auth().oauth2(TOWNSHIP).get("/hazards?overdue=true&limit=100").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(late.id))
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(onTime.id)))
                .body("items.overdue", org.hamcrest.Matchers.everyItem(equalTo(true)));
        given().auth().oauth2(TOWNSHIP).get("/hazards?overdue=maybe").then().statusCode(400)
                .body("errors[0].field", equalTo("overdue"));
    }

    @Test
    void anEnterpriseSeesAndActsOnItsOwnHazardsOnly() {
        Walk walk = confirmed("仓库灭火器过期");
        given().auth().oauth2(ENTERPRISE).get("/hazards/" + walk.id).then().statusCode(200);
        given().auth().oauth2(OTHER_ENTERPRISE).get("/hazards/" + walk.id).then().statusCode(404);
        walk.step(OTHER_ENTERPRISE, "/rectification-plan", Walk.plan(inDays(5)), 404);
        given().auth().oauth2(OTHER_ENTERPRISE).get("/hazards?limit=100").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(walk.id)));
        // an enterprise reports for itself only
        Map<String, Object> foreign = enterpriseReport("别人家的隐患");
        given().auth().oauth2(OTHER_ENTERPRISE).contentType(ContentType.JSON).body(foreign).post("/hazards").then()
                .statusCode(400).body("errors[0].field", equalTo("enterprise.creditCode"));
    }

    @Test
    void aStepWithoutIfMatchOrWithAStaleOneChangesNothing() {
        Walk walk = confirmed("脚手架未设剪刀撑");
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).body(Walk.plan(inDays(5)))
                .post("/hazards/" + walk.id + "/rectification-plan").then().statusCode(428);
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Walk.plan(inDays(5)))
                .post("/hazards/" + walk.id + "/rectification-plan").then().statusCode(412);
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + walk.id).then().body("status", equalTo("CONFIRMED"));
    }

    @Test
    void outsideItsRegionAPlanIsA404WhateverDocumentItNames() {
        Walk walk = confirmed("配电室门锁损坏");
        String elsewhere = token("TOWNSHIP", "500240214000", "other-township-clerk");
        Map<String, Object> plan = new HashMap<>(Walk.plan(inDays(5)));
        // a random id was a 400 saying it is no evidence of this hazard, before the hazard's own 404
        plan.put("contingencyPlan", Map.of("text", "停用", "documentId", java.util.UUID.randomUUID().toString()));
        walk.step(elsewhere, "/rectification-plan", plan, 404).contentType("application/problem+json");
        walk.step(TOWNSHIP, "/rectification-plan", plan, 400).body("errors[0].field", equalTo("contingencyPlan.documentId"));
    }

    @Test
    void anEmptyDocumentIdIsRefusedNotTakenForNone() {
        Walk walk = confirmed("液化气管道老化");
        Map<String, Object> plan = new HashMap<>(Walk.plan(inDays(5)));
        // "" was read as no id, and the plan was kept without the document its sender meant to name
        plan.put("contingencyPlan", Map.of("text", "停用", "documentId", ""));
        walk.step(TOWNSHIP, "/rectification-plan", plan, 400).body("errors[0].field", equalTo("contingencyPlan.documentId"));
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + walk.id).then().body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aRetriedStepWithItsIdempotencyKeyAnswersTheFirstAnswerAgain() {
        Walk walk = confirmed("电焊作业无监护");
        String etag = walk.etag();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", etag)
                    .header("Idempotency-Key", "plan-" + walk.id).body(Walk.plan(inDays(5)))
                    .post("/hazards/" + walk.id + "/rectification-plan").then().statusCode(200)
                    .header("Idempotent-Replayed", attempt == 0 ? "false" : "true")
                    .body("rectification.planRevision", equalTo(1));
        }
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + walk.id + "/entries").then().body("", hasSize(3));
    }
}
