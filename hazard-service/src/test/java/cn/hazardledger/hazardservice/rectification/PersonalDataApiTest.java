package cn.hazardledger.hazardservice.rectification;

import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.hazardservice.hazard.Walk;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Phone numbers (docs/domain.md, "Personal data"): clear to the roles that call them, masked to the others and in lists. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class PersonalDataApiTest {

    static final String LEADER = token("LEADER", Hazards.TOWNSHIP, "leader-1");

    @Test
    void theEnterpriseContactsPhoneIsClearToTheTownshipAndMaskedToALeader() {
        Walk walk = RectificationApiTest.confirmed("液化气钢瓶未固定 " + System.nanoTime());
        given().auth().oauth2(RectificationApiTest.TOWNSHIP).get("/hazards/" + walk.id).then().statusCode(200)
                .body("enterprise.contactPhone", equalTo("13900000000"));
        given().auth().oauth2(LEADER).get("/hazards/" + walk.id).then().statusCode(200)
                .body("enterprise.contactPhone", equalTo("139****0000"));
    }

    @Test
    void aListMasksPhonesForEveryRole() {
        Walk walk = RectificationApiTest.confirmed("灭火器过期 " + System.nanoTime());
        given().auth().oauth2(RectificationApiTest.TOWNSHIP).queryParam("limit", 100).get("/hazards").then().statusCode(200)
                .body("items.enterprise.contactPhone", hasItem("139****0000"))
                .body("items.enterprise.contactPhone", not(hasItem("13900000000")))
                .body("items.find { it.id == '" + walk.id + "' }.enterprise.contactPhone", equalTo("139****0000"));
    }

    @Test
    void theResponsiblePersonsPhoneIsMaskedToALeaderInThePlanAndInTheLedger() {
        Walk walk = RectificationApiTest.confirmed("疏散通道堵塞 " + System.nanoTime());
        walk.step(RectificationApiTest.TOWNSHIP, "/rectification-plan", Walk.plan(RectificationApiTest.inDays(20)), 200);
        given().auth().oauth2(LEADER).get("/hazards/" + walk.id + "/rectification-plan/revisions").then()
                .body("[0].responsiblePhone", equalTo("138****0000"));
        given().auth().oauth2(LEADER).get("/hazards/" + walk.id + "/entries").then()
                .body("[2].data.responsible.phone", equalTo("138****0000"));
        given().auth().oauth2(RectificationApiTest.TOWNSHIP).get("/hazards/" + walk.id + "/entries").then()
                .body("[2].data.responsible.phone", equalTo("13800000000"));
        // the ledger still verifies: what is masked is the answer, not the signed entry
        given().auth().oauth2(LEADER).get("/hazards/" + walk.id + "/ledger/verify").then().body("intact", equalTo(true));
    }
}
