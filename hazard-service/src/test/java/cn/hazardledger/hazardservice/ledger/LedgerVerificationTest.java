package cn.hazardledger.hazardservice.ledger;

import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The ledger is append-only in the database, and a change made behind the service's back is found. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class LedgerVerificationTest {

    private static final String INSPECTOR = token("INSPECTOR", Hazards.TOWNSHIP);
    private static final String TOWNSHIP = token("TOWNSHIP", Hazards.TOWNSHIP);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void anUntouchedLedgerVerifies() {
        String id = reportedAndConfirmed("核验完整台账");
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + id + "/ledger/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("entries", equalTo(2));
    }

    @Test
    void theServiceItselfCannotChangeOrRemoveAnEntry() throws SQLException {
        String id = reportedAndConfirmed("不可改写");
        try (Connection asService = DriverManager.getConnection(jdbcUrl, "hazard", "hazard");
             Statement s = asService.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE hazard_entry SET note = '改写' WHERE hazard_id = '" + id + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM hazard_entry WHERE hazard_id = '" + id + "'"))
                    .hasMessageContaining("append-only");
        }
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + id + "/ledger/verify").then().body("intact", equalTo(true));
    }

    @Test
    void aChangeBehindTheServicesBackIsReportedAtItsEntry() throws SQLException {
        String id = reportedAndConfirmed("被篡改的台账");
        try (Connection owner = DriverManager.getConnection(jdbcUrl, "hazard", "hazard");
             Statement s = owner.createStatement()) {
            // as the tables' owner, who can lift the guard: what an intruder with the owner's password would do
            s.execute("ALTER TABLE hazard_entry DISABLE TRIGGER hazard_entry_append_only");
            s.executeUpdate("UPDATE hazard_entry SET note = '经核实不属实' WHERE hazard_id = '" + id + "' AND sequence = 2");
            s.execute("ALTER TABLE hazard_entry ENABLE TRIGGER hazard_entry_append_only");
        }
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + id + "/ledger/verify").then().statusCode(200)
                .body("intact", equalTo(false)).body("brokenAt", equalTo(2))
                .body("reason", containsString("changed after it was written"));
    }

    private static String reportedAndConfirmed(String title) {
        ExtractableResponse<Response> reported = given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON)
                .body(Hazards.report(Hazards.VILLAGE, title)).post("/hazards").then().statusCode(201).extract();
        String id = reported.path("id");
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", reported.header("ETag"))
                .body(Map.of("note", "经分管领导同意")).post("/hazards/" + id + "/confirmation").then().statusCode(200);
        return id;
    }
}
