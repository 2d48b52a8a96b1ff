package cn.hazardledger.hazardservice.standard;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** The reviewer's catalogue over HTTP: every signed-in role reads it, wherever its region. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class DeterminationStandardResourceTest {

    private static final String TOWNSHIP = token("TOWNSHIP", "500240213000");

    @Test
    void theCatalogueIsListedInFullAndByIndustry() {
        given().auth().oauth2(TOWNSHIP).get("/determination-standards").then().statusCode(200)
                .body("code", hasItems("MEM-2023-10", "MEM-2020-4", "GB-35181-2025", "SAWS-2017-129"))
                .body("find { it.code == 'MEM-2023-10' }.title", equalTo("工贸企业重大事故隐患判定标准"))
                .body("find { it.code == 'MEM-2023-10' }.documentNumber", equalTo("应急管理部令第10号"))
                .body("find { it.code == 'MEM-2023-10' }.inForce", equalTo(true))
                .body("find { it.code == 'MEM-2023-10' }", not(hasKey("supersededBy")))
                .body("find { it.code == 'SAWS-2017-129' }.supersededBy", equalTo("MEM-2023-10"));
        given().auth().oauth2(TOWNSHIP).queryParam("industry", "MINING").get("/determination-standards")
                .then().statusCode(200)
                .body("code", hasItems("MEM-2020-4", "NMSA-2022-88"))
                .body("industries", everyItem(hasItem("MINING")));
        given().auth().oauth2(TOWNSHIP).queryParam("industry", "SELF_BUILT_HOUSING").get("/determination-standards")
                .then().statusCode(200).body("", empty());
    }

    @Test
    void oneStandardIsReadByItsCodeByAnyRoleOfAnyRegion() {
        for (String role : new String[]{"INSPECTOR", "ENTERPRISE", "UNIT", "TOWNSHIP", "REGULATOR", "LEADER", "SYSTEM"}) {
            given().auth().oauth2(token(role, "110101000000")).get("/determination-standards/GB-35181-2025")
                    .then().statusCode(200)
                    .body("title", equalTo("重大火灾隐患判定规则"))
                    .body("industries", equalTo(java.util.List.of("FIRE")));
        }
    }

    @Test
    void anIndustryThatIsNotOneIsA400NamingTheParameter() {
        given().auth().oauth2(TOWNSHIP).queryParam("industry", "COAL").get("/determination-standards")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://hazard-ledger.cn/problems/validation"))
                .body("errors[0].field", equalTo("industry"))
                .body("errors[0].reason", containsString("INDUSTRY_TRADE"));
        given().auth().oauth2(TOWNSHIP).queryParam("industry", "mining").get("/determination-standards")
                .then().statusCode(400).body("errors[0].field", equalTo("industry"));
    }

    @Test
    void anUnknownCodeIsA404Problem() {
        for (String code : new String[]{"MEM-2023-99", "mem-2023-10", "工贸"}) {
            given().auth().oauth2(TOWNSHIP).get("/determination-standards/" + code)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://hazard-ledger.cn/problems/not-found"))
                    .body("status", equalTo(404));
        }
    }

    @Test
    void withoutATokenItIs401AndThePublicOrATokenWithoutRegionMayNotReadIt() {
        given().get("/determination-standards").then().statusCode(401).contentType("application/problem+json");
        given().get("/determination-standards/MEM-2023-10").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token("PUBLIC", "500240213000")).get("/determination-standards/MEM-2023-10")
                .then().statusCode(403).contentType("application/problem+json");
        // the catalogue is national, but a token that names no region is no user of this system
        given().auth().oauth2(TestTokens.withoutRegion("TOWNSHIP")).get("/determination-standards")
                .then().statusCode(403).body("detail", containsString("region_code"));
        given().auth().oauth2(TestTokens.withoutRegion("TOWNSHIP")).get("/determination-standards/MEM-2023-10")
                .then().statusCode(403).body("detail", containsString("region_code"));
    }

    @Test
    void theOpenApiDocumentNamesTheRolesAndEveryAnswer() {
        String list = "paths.'/determination-standards'.get";
        String one = "paths.'/determination-standards/{code}'.get";
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(list + ".security[0].bearer", hasItems("INSPECTOR", "ENTERPRISE", "UNIT", "TOWNSHIP",
                        "REGULATOR", "LEADER", "SYSTEM"))
                .body(list + ".security[0].bearer", not(hasItem("PUBLIC")))
                .body(list + ".responses", hasKey("400"))
                .body(list + ".responses.'200'.content.'application/json'.examples", hasKey("工贸"))
                .body(list + ".parameters.find { it.name == 'industry' }.schema.'$ref'",
                        equalTo("#/components/schemas/Industry"))
                .body(one + ".responses", hasKey("404"))
                .body(one + ".responses", hasKey("401"))
                .body(one + ".responses.'404'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body(one + ".parameters.find { it.name == 'code' }", not(hasKey("example")))
                .body("components.schemas.DeterminationStandard.properties", hasKey("inForce"));
    }
}
