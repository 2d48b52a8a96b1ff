package cn.hazardledger.hazardservice.evidence;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** The evidence operations as admins and client developers read them in the API document. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class EvidenceApiDocumentTest {

    @Test
    void theUploadDocumentsItsPartsAndEveryRefusalAsProblemJson() {
        String upload = "paths.'/hazards/{id}/evidence'.post.";
        String problem = ".content.'application/problem+json'";
        var doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200);
        doc.body(upload + "requestBody.content.'multipart/form-data'.schema.'$ref'", equalTo("#/components/schemas/EvidenceUpload"))
                .body("components.schemas.EvidenceUpload.required", hasItem("file"))
                .body("components.schemas.EvidenceUpload.properties.file.format", equalTo("binary"))
                .body("components.schemas.EvidenceUpload.properties.caption.maxLength", equalTo(500))
                .body(upload + "responses.'201'.content.'application/json'.schema.'$ref'", equalTo("#/components/schemas/Evidence"));
        for (String status : new String[] {"400", "404", "413", "415", "422"}) {
            doc.body(upload + "responses.'" + status + "'" + problem + ".schema.'$ref'", equalTo("#/components/schemas/Problem"))
                    .body(upload + "responses.'" + status + "'" + problem + ".examples", notNullValue());
        }
        String content = "paths.'/hazards/{id}/evidence/{evidenceId}/content'.get.responses";
        doc.body(content + ".'200'.content", hasKey("image/jpeg")).body(content + ".'200'.content", hasKey("application/pdf"))
                .body(content, hasKey("304")).body(content, hasKey("406")).body(content, hasKey("404"))
                .body("paths.'/hazards/{id}/evidence'.get.responses", hasKey("404"))
                .body("paths.'/hazards/{id}/evidence/{evidenceId}'.get.responses", hasKey("404"))
                // the answers every operation can give carry an example too
                .body("paths.'/hazards/{id}/evidence'.get.responses.'401'" + problem + ".examples.'401'.value.status", equalTo(401))
                .body(content + ".'503'" + problem + ".examples.'503'.value.type",
                        equalTo("https://hazard-ledger.cn/problems/service-unavailable"));
    }
}
