package cn.hazardledger.hazardservice.publicreport;

import cn.hazardledger.chassis.crypto.FieldCipher;
import cn.hazardledger.hazardservice.evidence.EvidenceFiles;
import cn.hazardledger.testsupport.ProducerSchemas;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.http.entity.mime.HttpMultipartMode;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.hazardledger.hazardservice.publicreport.PublicReports.CONTACT;
import static cn.hazardledger.hazardservice.publicreport.PublicReports.ID_NUMBER;
import static cn.hazardledger.hazardservice.publicreport.PublicReports.NAME;
import static cn.hazardledger.hazardservice.publicreport.PublicReports.PHONE;
import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class PublicReportApiTest {

    static final String TOWNSHIP = token("TOWNSHIP", PublicReports.TOWNSHIP, "township-clerk-pr", Map.of("name", "赵文书"));
    static final String OTHER_TOWNSHIP = token("TOWNSHIP", "500240214000");
    static final String REGULATOR = token("REGULATOR", "500240000000");
    static final String LEADER = token("LEADER", PublicReports.TOWNSHIP);
    static final String INSPECTOR = token("INSPECTOR", PublicReports.TOWNSHIP);

    @Inject
    EntityManager em;

    @Inject
    ReporterReseal reseal;

    @ConfigProperty(name = "field-encryption.keys")
    String keys;

    @Test
    void anAnonymousReportIsTrackedWithItsSecretAlone() {
        var receipt = PublicReports.send(PublicReports.anonymous("居民楼内超量储存烟花爆竹"));
        String code = receipt.path("trackingCode");
        String secret = receipt.path("secret");
        assertThat(code).matches("JB-[2-9A-HJ-NP-Z]{10}");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(22);
        assertThat(receipt.header("Cache-Control")).isEqualTo("no-store");

        given().header("X-Report-Secret", secret).get("/public-reports/" + code + "/status")
                .then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("receivedAt", notNullValue())
                .body("outcome", containsString("已收到"))
                .body("hazardId", nullValue())
                .body("title", nullValue());
        // a wrong secret, a wrong code, no secret: one answer, no oracle
        String wrongSecret = given().header("X-Report-Secret", secret + "x").get("/public-reports/" + code + "/status")
                .then().statusCode(404).contentType("application/problem+json").extract().path("detail");
        String wrongCode = given().header("X-Report-Secret", secret).get("/public-reports/JB-2222222222/status")
                .then().statusCode(404).extract().path("detail");
        assertThat(wrongCode).isEqualTo(wrongSecret);
        given().get("/public-reports/" + code + "/status").then().statusCode(404).body("detail", equalTo(wrongSecret));
        given().header("X-Report-Secret", secret).get("/public-reports/not-a-code/status").then().statusCode(404);

        String id = PublicReports.idOf(TOWNSHIP, code);
        given().auth().oauth2(TOWNSHIP).get("/public-reports/" + id).then().statusCode(200)
                .body("reporterIdentified", equalTo(false))
                .body("reporterHints", nullValue())
                .body("status", equalTo("RECEIVED"));
    }

    @Test
    void theReportersIdentityIsSealedAtRestAndNeverShownInViews() {
        String code = PublicReports.send(PublicReports.identified("车间除尘系统长期停用")).path("trackingCode");
        String row = (String) em.createNativeQuery("SELECT p::text FROM public_report p WHERE tracking_code = ?1")
                .setParameter(1, code).getSingleResult();
        assertThat(row).contains("fc1:2:").doesNotContain(NAME, PHONE, ID_NUMBER, CONTACT, "whistle", "30.987654", "108.456789");

        String id = PublicReports.idOf(TOWNSHIP, code);
        String townshipView = given().auth().oauth2(TOWNSHIP).get("/public-reports/" + id).then().statusCode(200)
                .body("reporterIdentified", equalTo(true))
                .body("reporterHints.phone", equalTo("138****5678"))
                .body("reporterHints.name", equalTo("欧****"))
                .body("reporterHints.idNumber", equalTo("**************123X"))
                .body("reporterHints.otherContactGiven", equalTo(true))
                .body("gps.latitude", equalTo(30.987654f))
                .extract().asString();
        assertThat(townshipView).doesNotContain(NAME, PHONE, ID_NUMBER, CONTACT);
        given().auth().oauth2(REGULATOR).get("/public-reports/" + id).then().statusCode(200).body("gps", notNullValue());
        given().auth().oauth2(LEADER).get("/public-reports/" + id).then().statusCode(200).body("gps", nullValue());
        String list = given().auth().oauth2(LEADER).get("/public-reports?kind=WHISTLEBLOWER&limit=100").then().statusCode(200)
                .body("items.trackingCode", hasItem(code)).extract().asString();
        assertThat(list).doesNotContain(NAME, PHONE, ID_NUMBER, CONTACT, "30.987654");
    }

    @Test
    void aTamperedOrMovedCiphertextDoesNotOpen() {
        String a = PublicReports.idOf(TOWNSHIP, PublicReports.send(PublicReports.identified("篡改测试一")).path("trackingCode"));
        String b = PublicReports.idOf(TOWNSHIP, PublicReports.send(PublicReports.identified("篡改测试二")).path("trackingCode"));
        String original = (String) em.createNativeQuery("SELECT reporter_phone_sealed FROM public_report WHERE id = ?1")
                .setParameter(1, UUID.fromString(b)).getSingleResult();
        // b's phone replaced by a's: a valid ciphertext, of another row
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE public_report SET reporter_phone_sealed = "
                + "(SELECT reporter_phone_sealed FROM public_report WHERE id = ?1) WHERE id = ?2")
                .setParameter(1, UUID.fromString(a)).setParameter(2, UUID.fromString(b)).executeUpdate());
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).body(Map.of("reason", "核实"))
                .post("/public-reports/" + b + "/reveal").then().statusCode(500)
                .body("detail", not(containsString(PHONE)));
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).body(Map.of("reason", "核实"))
                .post("/public-reports/" + a + "/reveal").then().statusCode(200).body("phone", equalTo(PHONE));
        // the damaged row does not take the list with it
        given().auth().oauth2(TOWNSHIP).get("/public-reports/" + b).then().statusCode(200).body("reporterHints.phone", nullValue());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE public_report SET reporter_phone_sealed = ?1 WHERE id = ?2")
                .setParameter(1, original).setParameter(2, UUID.fromString(b)).executeUpdate());
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).body(Map.of("reason", "核实"))
                .post("/public-reports/" + b + "/reveal").then().statusCode(200).body("phone", equalTo(PHONE));
    }

    @Test
    void aRowSealedWithAnOldKeyIsReadAndReSealedWithTheCurrentOne() {
        String id = PublicReports.idOf(TOWNSHIP, PublicReports.send(PublicReports.identified("轮换测试")).path("trackingCode"));
        // the row as an earlier replica wrote it, when key 1 was current
        FieldCipher v1 = FieldCipher.of(Map.of(1, FieldCipher.parseKeys(keys).get(1)), 1);
        String aad = "public_report|" + id + "|";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE public_report SET reporter_name_sealed = ?1, "
                        + "reporter_phone_sealed = ?2, reporter_id_sealed = ?3, reporter_contact_sealed = ?4, "
                        + "location_sealed = ?5, key_version = 1 WHERE id = ?6")
                .setParameter(1, v1.seal(NAME, aad + ReporterSeal.NAME)).setParameter(2, v1.seal(PHONE, aad + ReporterSeal.PHONE))
                .setParameter(3, v1.seal(ID_NUMBER, aad + ReporterSeal.ID_NUMBER))
                .setParameter(4, v1.seal(CONTACT, aad + ReporterSeal.CONTACT))
                .setParameter(5, v1.seal("30.987654,108.456789", aad + ReporterSeal.LOCATION))
                .setParameter(6, UUID.fromString(id)).executeUpdate());
        String etag = given().auth().oauth2(TOWNSHIP).get("/public-reports/" + id).then().statusCode(200)
                .body("reporterHints.phone", equalTo("138****5678")).extract().header("ETag");
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).body(Map.of("reason", "联系举报人"))
                .post("/public-reports/" + id + "/reveal").then().statusCode(200).body("name", equalTo(NAME));

        while (reseal.resealBatch() > 0) {
            // every row on an older key, this one among them
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT key_version, reporter_name_sealed FROM public_report WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        assertThat(((Number) row[0]).intValue()).isEqualTo(2);
        assertThat((String) row[1]).startsWith("fc1:2:");
        // a re-seal is not a change of the report: the township's ETag still holds
        given().auth().oauth2(TOWNSHIP).get("/public-reports/" + id).then().statusCode(200).header("ETag", equalTo(etag));
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).body(Map.of("reason", "再次联系"))
                .post("/public-reports/" + id + "/reveal").then().statusCode(200)
                .body("phone", equalTo(PHONE)).body("idNumber", equalTo(ID_NUMBER)).body("gps.longitude", equalTo(108.456789f));
    }

    @Test
    void publicEndpointsAreLimitedPerClientAddress() {
        String client = PublicReports.newClient();
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                    .body(PublicReports.anonymous("限流测试 " + i)).post("/public-reports").then().statusCode(201);
        }
        given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(PublicReports.anonymous("限流测试 3")).post("/public-reports")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("https://hazard-ledger.cn/problems/too-many-requests"))
                .body("status", equalTo(429));
        // another address is not held back by this one's window
        PublicReports.send(PublicReports.anonymous("限流测试 其他地址"));

        String reader = PublicReports.newClient();
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", reader).header("X-Report-Secret", "guess-" + i)
                    .get("/public-reports/JB-2345678923/status").then().statusCode(404);
        }
        given().header("X-Forwarded-For", reader).header("X-Report-Secret", "guess-5")
                .get("/public-reports/JB-2345678923/status").then().statusCode(429).header("Retry-After", notNullValue());
        // the address is kept only as a keyed fingerprint
        List<?> keys = em.createNativeQuery("SELECT client_key FROM public_rate_window").getResultList();
        assertThat(keys).isNotEmpty().noneMatch(k -> k.toString().contains(reader) || k.toString().contains("10."));
    }

    @Test
    void theTownshipRevealsWithAReasonAndTheRevealIsRecorded() {
        String id = PublicReports.idOf(TOWNSHIP, PublicReports.send(PublicReports.identified("身份查看测试")).path("trackingCode"));
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).body(Map.of())
                .post("/public-reports/" + id + "/reveal").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().auth().oauth2(REGULATOR).contentType(ContentType.JSON).body(Map.of("reason", "核查"))
                .post("/public-reports/" + id + "/reveal").then().statusCode(403);
        given().auth().oauth2(LEADER).contentType(ContentType.JSON).body(Map.of("reason", "核查"))
                .post("/public-reports/" + id + "/reveal").then().statusCode(403);
        given().auth().oauth2(OTHER_TOWNSHIP).contentType(ContentType.JSON).body(Map.of("reason", "核查"))
                .post("/public-reports/" + id + "/reveal").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("reason", "核查"))
                .post("/public-reports/" + id + "/reveal").then().statusCode(401);

        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).body(Map.of("reason", "需联系举报人到现场指认"))
                .post("/public-reports/" + id + "/reveal").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("name", equalTo(NAME)).body("phone", equalTo(PHONE)).body("idNumber", equalTo(ID_NUMBER))
                .body("otherContact", equalTo(CONTACT)).body("gps.latitude", equalTo(30.987654f))
                .body("recordedIn", equalTo("REPORT_HISTORY"));
        given().auth().oauth2(LEADER).get("/public-reports/" + id + "/entries").then().statusCode(200)
                .body("action", equalTo(List.of("RECEIVE", "REVEAL")))
                .body("[1].note", equalTo("需联系举报人到现场指认"))
                .body("[1].actor", equalTo("township-clerk-pr"))
                .body("[1].signature", equalTo("赵文书"));

        // once accepted, a reveal is a line of the hazard's ledger too, naming the reason and never the person
        String hazardId = accept(id).path("hazardId");
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).body(Map.of("reason", "整改需举报人补充情况"))
                .post("/public-reports/" + id + "/reveal").then().statusCode(200)
                .body("recordedIn", equalTo("HAZARD_LEDGER")).body("hazardId", equalTo(hazardId))
                .body("ledgerSequence", equalTo(2));
        String entries = given().auth().oauth2(TOWNSHIP).get("/hazards/" + hazardId + "/entries").then().statusCode(200)
                .body("action", equalTo(List.of("REPORT", "REVEAL_REPORTER")))
                .body("[1].note", equalTo("整改需举报人补充情况"))
                .body("[1].signature", equalTo("赵文书"))
                .extract().asString();
        assertThat(entries).doesNotContain(NAME, PHONE, ID_NUMBER, CONTACT);
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + hazardId + "/ledger/verify").then().statusCode(200);
    }

    @Test
    void acceptingReportsAHazardThatCarriesNothingOfTheReporter() {
        String code = PublicReports.send(PublicReports.identified("吹哨人举报除尘器停用")).path("trackingCode");
        var receipt = code;
        String id = PublicReports.idOf(TOWNSHIP, code);
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).body(acceptance())
                .post("/public-reports/" + id + "/acceptance").then().statusCode(428);
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(acceptance())
                .post("/public-reports/" + id + "/acceptance").then().statusCode(403);
        given().auth().oauth2(OTHER_TOWNSHIP).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(acceptance())
                .post("/public-reports/" + id + "/acceptance").then().statusCode(404);

        var accepted = accept(id);
        String hazardId = accepted.path("hazardId");
        assertThat(accepted.<String>path("status")).isEqualTo("ACCEPTED");

        given().auth().oauth2(TOWNSHIP).get("/hazards/" + hazardId).then().statusCode(200)
                .body("source", equalTo("WHISTLEBLOWER"))
                .body("discoveredBy", equalTo("吹哨人 " + receipt))
                .body("publicReportId", equalTo(id))
                .body("reporterRole", equalTo("TOWNSHIP"))
                .body("signature", equalTo("赵文书"))
                .body("enterprise.name", equalTo("三星乡红火烟花爆竹经营部"))
                .body("location.address", equalTo("三星乡场镇主街8号"))
                .body("location.latitude", nullValue());
        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery("SELECT type, payload FROM outbox_event WHERE aggregate_id = ?1 ORDER BY seq")
                .setParameter(1, hazardId).getResultList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0)[0]).isEqualTo("hazard.reported.v1");
        String payload = (String) events.get(0)[1];
        ProducerSchemas.valid("hazard.reported.v1", payload);
        assertThat(payload).contains("WHISTLEBLOWER", receipt)
                .doesNotContain(NAME, PHONE, ID_NUMBER, CONTACT, "whistle-7781", "30.987654", "108.456789", "欧阳");

        // a triage is final
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", accepted.header("ETag"))
                .body(Map.of("reason", "不属实")).post("/public-reports/" + id + "/not-true")
                .then().statusCode(409).body("currentStatus", equalTo("ACCEPTED"));
        given().header("X-Forwarded-For", PublicReports.newClient()).header("X-Report-Secret", "wrong")
                .get("/public-reports/" + code + "/status").then().statusCode(404);
    }

    @Test
    void aDuplicateLinksToTheHazardAndNotTrueKeepsItsReason() {
        String first = PublicReports.idOf(TOWNSHIP, PublicReports.send(PublicReports.anonymous("重复测试原件")).path("trackingCode"));
        String hazardId = accept(first).path("hazardId");
        var second = PublicReports.send(PublicReports.anonymous("重复测试"));
        String id = PublicReports.idOf(TOWNSHIP, second.path("trackingCode"));
        String etag = given().auth().oauth2(TOWNSHIP).get("/public-reports/" + id).then().extract().header("ETag");
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("hazardId", UUID.randomUUID().toString())).post("/public-reports/" + id + "/duplicate")
                .then().statusCode(400).body("errors.field", hasItem("hazardId"));
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("hazardId", hazardId, "publicReply", "该问题已在整改中")).post("/public-reports/" + id + "/duplicate")
                .then().statusCode(200).body("status", equalTo("DUPLICATE")).body("hazardId", equalTo(hazardId));
        given().header("X-Forwarded-For", PublicReports.newClient()).header("X-Report-Secret", (String) second.path("secret"))
                .get("/public-reports/" + second.path("trackingCode") + "/status").then().statusCode(200)
                .body("status", equalTo("DUPLICATE")).body("outcome", equalTo("该问题已在整改中"))
                .body("hazardId", nullValue());

        var third = PublicReports.send(PublicReports.anonymous("不属实测试"));
        String notTrue = PublicReports.idOf(TOWNSHIP, third.path("trackingCode"));
        String tag = given().auth().oauth2(TOWNSHIP).get("/public-reports/" + notTrue).then().extract().header("ETag");
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", tag).body(Map.of())
                .post("/public-reports/" + notTrue + "/not-true").then().statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", tag)
                .body(Map.of("reason", "经现场核查，该店铺已停业")).post("/public-reports/" + notTrue + "/not-true")
                .then().statusCode(200).body("status", equalTo("NOT_TRUE")).body("notTrueReason", equalTo("经现场核查，该店铺已停业"));
        given().header("X-Forwarded-For", PublicReports.newClient()).header("X-Report-Secret", (String) third.path("secret"))
                .get("/public-reports/" + third.path("trackingCode") + "/status").then().statusCode(200)
                .body("status", equalTo("NOT_TRUE")).body("outcome", containsString("不属实"))
                .body("notTrueReason", nullValue());
        given().auth().oauth2(TOWNSHIP).get("/public-reports?status=NOT_TRUE&limit=100").then().statusCode(200)
                .body("items.id", hasItem(notTrue));
    }

    @Test
    void onlyTheFirstValidReportOfAHazardIsRewarded() {
        // received first, triaged last: still the first valid report of the hazard
        String early = PublicReports.idOf(TOWNSHIP, PublicReports.send(PublicReports.identified("奖励测试 先到")).path("trackingCode"));
        String accepted = PublicReports.idOf(TOWNSHIP, PublicReports.send(PublicReports.anonymous("奖励测试 受理")).path("trackingCode"));
        String hazardId = accept(accepted).path("hazardId");
        String etag = given().auth().oauth2(TOWNSHIP).get("/public-reports/" + early).then().extract().header("ETag");
        etag = given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("hazardId", hazardId)).post("/public-reports/" + early + "/duplicate")
                .then().statusCode(200).extract().header("ETag");

        String acceptedTag = given().auth().oauth2(TOWNSHIP).get("/public-reports/" + accepted).then().extract().header("ETag");
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", acceptedTag)
                .body(Map.of("amountYuan", 500.00)).post("/public-reports/" + accepted + "/reward")
                .then().statusCode(409).body("detail", containsString("first valid report"));
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("amountYuan", 0)).post("/public-reports/" + early + "/reward")
                .then().statusCode(400).body("errors.field", hasItem("amountYuan"));
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("amountYuan", 12.345)).post("/public-reports/" + early + "/reward")
                .then().statusCode(400).body("errors.field", hasItem("amountYuan"));
        given().auth().oauth2(LEADER).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("amountYuan", 500.00)).post("/public-reports/" + early + "/reward").then().statusCode(403);
        etag = given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("amountYuan", 500.00)).post("/public-reports/" + early + "/reward")
                .then().statusCode(200).body("reward.amountYuan", equalTo(500.0f)).extract().header("ETag");
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("paidOn", "2026-11-20")).post("/public-reports/" + early + "/reward/payment")
                .then().statusCode(409).body("detail", containsString("not approved"));
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("note", "同意")).post("/public-reports/" + early + "/reward/approval").then().statusCode(403);
        etag = given().auth().oauth2(LEADER).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("note", "同意按标准奖励")).post("/public-reports/" + early + "/reward/approval")
                .then().statusCode(200).body("reward.approverRole", equalTo("LEADER")).extract().header("ETag");
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("paidOn", java.time.LocalDate.now().plusDays(10).toString()))
                .post("/public-reports/" + early + "/reward/payment")
                .then().statusCode(400).body("errors.field", hasItem("paidOn"));
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("paidOn", "2026-11-20")).post("/public-reports/" + early + "/reward/payment")
                .then().statusCode(200).body("reward.paidOn", equalTo("2026-11-20"));
        given().auth().oauth2(TOWNSHIP).get("/public-reports/" + early + "/entries").then().statusCode(200)
                .body("action", equalTo(List.of("RECEIVE", "DUPLICATE", "REWARD_PROPOSED", "REWARD_APPROVED", "REWARD_PAID")));
    }

    @Test
    void theIntakeCannotSetWhatTheServerOwns() {
        for (var field : Map.of("status", "ACCEPTED", "trackingCode", "JB-2345678923", "hazardId", UUID.randomUUID().toString(),
                "id", UUID.randomUUID().toString(), "rewardAmountYuan", 100, "reward", Map.of("amountYuan", 100),
                "reporterIdentified", false).entrySet()) {
            Map<String, Object> body = new java.util.HashMap<>(PublicReports.anonymous("越权字段测试"));
            body.put(field.getKey(), field.getValue());
            given().header("X-Forwarded-For", PublicReports.newClient()).contentType(ContentType.JSON).body(body)
                    .post("/public-reports").then().statusCode(400)
                    .body("errors.field", hasItem(field.getKey()));
        }
        Map<String, Object> badId = new java.util.HashMap<>(PublicReports.identified("身份证号格式"));
        badId.put("reporter", Map.of("idNumber", "12345"));
        given().header("X-Forwarded-For", PublicReports.newClient()).contentType(ContentType.JSON).body(badId)
                .post("/public-reports").then().statusCode(400).body("errors.field", hasItem("reporter.idNumber"));
    }

    @Test
    void staffReadTheirRegionOnly() {
        String code = PublicReports.send(PublicReports.anonymous("范围测试")).path("trackingCode");
        String id = PublicReports.idOf(TOWNSHIP, code);
        given().get("/public-reports").then().statusCode(401);
        given().auth().oauth2(INSPECTOR).get("/public-reports").then().statusCode(403);
        given().auth().oauth2(INSPECTOR).get("/public-reports/" + id).then().statusCode(403);
        given().auth().oauth2(OTHER_TOWNSHIP).get("/public-reports/" + id).then().statusCode(404);
        given().auth().oauth2(OTHER_TOWNSHIP).get("/public-reports?limit=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(REGULATOR).get("/public-reports/" + id).then().statusCode(200);
        String etag = given().auth().oauth2(LEADER).get("/public-reports/" + id).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(LEADER).header("If-None-Match", etag).get("/public-reports/" + id).then().statusCode(304);
        var page = given().auth().oauth2(TOWNSHIP).get("/public-reports?limit=1").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1)).extract();
        String cursor = page.path("nextCursor");
        given().auth().oauth2(TOWNSHIP).get("/public-reports?limit=1&cursor=" + cursor).then().statusCode(200)
                .body("items[0].id", not(equalTo(page.path("items[0].id"))));
        given().auth().oauth2(TOWNSHIP).get("/public-reports?status=BOGUS").then().statusCode(400);
        // a report's id is never taken for a tracking code, nor the reverse
        given().auth().oauth2(TOWNSHIP).post("/public-reports/" + id + "/photos").then().statusCode(405);
        given().auth().oauth2(TOWNSHIP).get("/public-reports/" + code + "/photos").then().statusCode(405);
        given().auth().oauth2(TOWNSHIP).get("/public-reports/隐患/photos").then().statusCode(404);
    }

    @Test
    void theReporterAddsPhotosThatAreKeptSealedAndShownToTheRolesThatAct() {
        var receipt = PublicReports.send(PublicReports.anonymous("照片测试"));
        String code = receipt.path("trackingCode");
        String secret = receipt.path("secret");
        byte[] jpeg = EvidenceFiles.jpegWithExif("2026:11:24 09:41:07", null, 30.55, 108.66);
        reporter("wrong").multiPart("file", "p.jpg", jpeg, "image/jpeg").post("/public-reports/" + code + "/photos")
                .then().statusCode(404);
        reporter(secret).multiPart("file", "p.jpg", EvidenceFiles.pdf(), "image/jpeg").post("/public-reports/" + code + "/photos")
                .then().statusCode(415);
        String photoId = reporter(secret).multiPart("file", "p.jpg", jpeg, "image/jpeg").multiPart(new MultiPartSpecBuilder("后屋堆放的烟花").controlName("caption").mimeType("text/plain")
                        .charset(StandardCharsets.UTF_8).build())
                .post("/public-reports/" + code + "/photos")
                .then().statusCode(201).body("mediaType", equalTo("image/jpeg")).body("gps", nullValue())
                .body("capturedAt", equalTo("2026-11-24T09:41:07+08:00")).extract().path("id");
        Object[] row = (Object[]) em.createNativeQuery("SELECT position(decode('ffd8ff', 'hex') in content_sealed), "
                        + "convert_from(substring(content_sealed from 1 for 6), 'UTF8'), location_sealed FROM public_report_photo WHERE id = ?1")
                .setParameter(1, UUID.fromString(photoId)).getSingleResult();
        assertThat(((Number) row[0]).intValue()).as("no JPEG in clear").isZero();
        assertThat(row[1]).isEqualTo("fc1:2:");
        assertThat((String) row[2]).startsWith("fc1:2:").doesNotContain("30.55");

        String id = PublicReports.idOf(TOWNSHIP, code);
        given().auth().oauth2(TOWNSHIP).get("/public-reports/" + id + "/photos").then().statusCode(200)
                .body("[0].id", equalTo(photoId)).body("[0].gps.latitude", equalTo(30.55f))
                .body("[0].caption", equalTo("后屋堆放的烟花"));
        given().auth().oauth2(LEADER).get("/public-reports/" + id + "/photos").then().statusCode(200)
                .body("[0].gps", nullValue());
        byte[] back = given().auth().oauth2(TOWNSHIP).get("/public-reports/" + id + "/photos/" + photoId).then()
                .statusCode(200).contentType("image/jpeg").header("Cache-Control", "no-store").extract().asByteArray();
        assertThat(back).isEqualTo(jpeg);
        given().auth().oauth2(LEADER).get("/public-reports/" + id + "/photos/" + photoId).then().statusCode(403);
        given().auth().oauth2(OTHER_TOWNSHIP).get("/public-reports/" + id + "/photos/" + photoId).then().statusCode(404);

        while (reseal.resealBatch() > 0) {
            // photos on an older key are re-sealed with the reports
        }
        accept(id);
        reporter(secret).multiPart("file", "p.jpg", jpeg, "image/jpeg").post("/public-reports/" + code + "/photos")
                .then().statusCode(409).body("currentStatus", equalTo("ACCEPTED"));
        given().auth().oauth2(TOWNSHIP).get("/public-reports/" + id + "/entries").then().statusCode(200)
                .body("action", equalTo(List.of("RECEIVE", "PHOTO", "ACCEPT")));
    }

    /** The reporter, from an address of their own, with their secret, sending multipart as a browser does, in UTF-8. */
    private static RequestSpecification reporter(String secret) {
        return given().config(RestAssuredConfig.config()
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .header("X-Forwarded-For", PublicReports.newClient()).header("X-Report-Secret", secret);
    }

    private static Map<String, Object> acceptance() {
        return Map.of("industry", "FIREWORKS", "level", "GENERAL", "hazardType", "OBJECT", "riskColour", "ORANGE",
                "location", Map.of("address", "三星乡场镇主街8号"), "publicReply", "已受理，感谢您的举报");
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> accept(String id) {
        String etag = given().auth().oauth2(TOWNSHIP).get("/public-reports/" + id).then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", etag).body(acceptance())
                .post("/public-reports/" + id + "/acceptance").then().statusCode(200)
                .header("ETag", notNullValue()).extract();
    }
}
