package cn.hazardledger.hazardservice.evidence;

import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.testsupport.RawHttp;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import org.apache.http.entity.mime.HttpMultipartMode;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Uploading evidence to a hazard, reading it back, and every refusal storing nothing. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class EvidenceUploadTest {

    private static final String INSPECTOR = token("INSPECTOR", Hazards.TOWNSHIP);
    private static final String LEADER = token("LEADER", Hazards.TOWNSHIP);

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.http.body.uploads-directory")
    String uploads;

    @Test
    void aPhotoKeepsItsHashCaptureTimeAndPositionAndStreamsBackUnchanged() {
        String hazard = hazard(INSPECTOR, Hazards.VILLAGE);
        byte[] jpeg = EvidenceFiles.jpegWithExif("2026:11:24 09:41:07", null, 30.012345, 108.123456);
        ExtractableResponse<Response> created = upload(hazard, "file", "灶具照片.jpg", jpeg, "image/jpeg")
                .multiPart(caption("液化气钢瓶与灶具同室存放")).post("/hazards/" + hazard + "/evidence")
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("kind", equalTo("PHOTO")).body("mediaType", equalTo("image/jpeg"))
                .body("sizeBytes", equalTo(jpeg.length)).body("sha256", equalTo(EvidenceFiles.sha256(jpeg)))
                .body("fileName", equalTo("灶具照片.jpg")).body("caption", equalTo("液化气钢瓶与灶具同室存放"))
                .body("capturedAt", equalTo("2026-11-24T09:41:07+08:00"))
                .body("latitude", equalTo(30.012345f)).body("longitude", equalTo(108.123456f))
                .body("uploadedBy", equalTo("inspector-500240213000")).body("uploaderRole", equalTo("INSPECTOR"))
                .body("entrySequence", nullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/hazards/" + hazard + "/evidence/" + id);

        // a LEADER reads what an INSPECTOR uploaded
        given().auth().oauth2(LEADER).get("/hazards/" + hazard + "/evidence").then().statusCode(200)
                .body("id", hasItem(id)).body("find { it.id == '" + id + "' }.sha256", equalTo(EvidenceFiles.sha256(jpeg)));
        given().auth().oauth2(LEADER).get("/hazards/" + hazard + "/evidence/" + id).then().statusCode(200)
                .body("capturedAt", equalTo("2026-11-24T09:41:07+08:00"));

        Response content = given().auth().oauth2(LEADER).get("/hazards/" + hazard + "/evidence/" + id + "/content");
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.asByteArray()).isEqualTo(jpeg);
        assertThat(content.contentType()).isEqualTo("image/jpeg");
        assertThat(content.header("Content-Length")).isEqualTo(Integer.toString(jpeg.length));
        assertThat(content.header("ETag")).isEqualTo("\"" + EvidenceFiles.sha256(jpeg) + "\"");
        assertThat(content.header("Content-Disposition"))
                .isEqualTo("inline; filename*=UTF-8''%E7%81%B6%E5%85%B7%E7%85%A7%E7%89%87.jpg");
        assertThat(content.header("X-Content-Type-Options")).isEqualTo("nosniff");

        given().auth().oauth2(LEADER).header("If-None-Match", content.header("ETag"))
                .get("/hazards/" + hazard + "/evidence/" + id + "/content")
                .then().statusCode(304).header("ETag", equalTo(content.header("ETag")));
        given().auth().oauth2(LEADER).header("Accept", "application/pdf")
                .get("/hazards/" + hazard + "/evidence/" + id + "/content")
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void aFileOfManySlicesStreamsBackByteIdentical() {
        String hazard = hazard(INSPECTOR, Hazards.VILLAGE);
        // a PDF larger than a few slices, ending as a PDF must
        byte[] head = EvidenceFiles.pdf();
        byte[] pdf = new byte[EvidenceContents.SLICE * 3 + 12345];
        new java.util.Random(7).nextBytes(pdf);
        System.arraycopy(head, 0, pdf, 0, 9);
        System.arraycopy(head, head.length - 6, pdf, pdf.length - 6, 6);
        String id = upload(hazard, "file", "整改方案.pdf", pdf, "application/pdf").post("/hazards/" + hazard + "/evidence")
                .then().statusCode(201).body("kind", equalTo("DOCUMENT")).extract().path("id");
        byte[] back = given().auth().oauth2(INSPECTOR).get("/hazards/" + hazard + "/evidence/" + id + "/content")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(back).isEqualTo(pdf);
    }

    @Test
    void aPngAndAPdfAreKeptWithTheirKind() {
        String hazard = hazard(INSPECTOR, Hazards.VILLAGE);
        upload(hazard, "file", "现场.png", EvidenceFiles.png(), "image/png").post("/hazards/" + hazard + "/evidence")
                .then().statusCode(201).body("kind", equalTo("PHOTO")).body("mediaType", equalTo("image/png"))
                .body("capturedAt", nullValue()).body("latitude", nullValue());
        // the declared part type is not trusted either way: a PDF sent as octet-stream is a PDF
        upload(hazard, "file", "整改通知书.pdf", EvidenceFiles.pdf(), "application/octet-stream")
                .post("/hazards/" + hazard + "/evidence")
                .then().statusCode(201).body("kind", equalTo("DOCUMENT")).body("mediaType", equalTo("application/pdf"));
    }

    @Test
    void aTextFileNamedPhotoJpgIsUnsupportedAndStoresNothing() {
        String hazard = hazard(INSPECTOR, Hazards.VILLAGE);
        long[] before = counts();
        upload(hazard, "file", "photo.jpg", "这不是照片".getBytes(StandardCharsets.UTF_8), "image/jpeg")
                .post("/hazards/" + hazard + "/evidence")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("https://hazard-ledger.cn/problems/unsupported-media-type"))
                .body("detail", containsString("text/plain"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aFileOneByteOverTenMebibytesIsTooLargeAndStoresNothing() {
        String hazard = hazard(INSPECTOR, Hazards.VILLAGE);
        long[] before = counts();
        byte[] jpeg = EvidenceFiles.jpeg();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(jpeg, 0, big, 0, jpeg.length);
        big[big.length - 2] = (byte) 0xFF;
        big[big.length - 1] = (byte) 0xD9;
        upload(hazard, "file", "big.jpg", big, "image/jpeg").post("/hazards/" + hazard + "/evidence")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://hazard-ledger.cn/problems/payload-too-large"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aChunkedUploadOverTheCapIsTooLargeAndStoresNothing() throws Exception {
        String hazard = hazard(INSPECTOR, Hazards.VILLAGE);
        long[] before = counts();
        byte[] big = new byte[11 * 1024 * 1024];
        byte[] head = ("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n--x--\r\n".getBytes(StandardCharsets.US_ASCII);
        // no Content-Length: the client streams it chunked, so only the size read so far can refuse it
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/hazards/" + hazard + "/evidence"))
                .header("Authorization", "Bearer " + INSPECTOR).header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(java.util.Collections.enumeration(
                        java.util.List.of(new ByteArrayInputStream(head), new ByteArrayInputStream(big),
                                new ByteArrayInputStream(tail)))))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aBodyDeclaredLargerThanAFileAndItsEnvelopeIsRefusedBeforeItIsRead() throws IOException {
        String hazard = hazard(INSPECTOR, Hazards.VILLAGE);
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST /hazards/" + hazard + "/evidence HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: Bearer " + INSPECTOR + "\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + (10 * 1024 * 1024 + 64 * 1024 + 1)
                + "\r\n\r\n--x\r\n");
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
    }

    @Test
    void aJpegCutShortIsRefusedNamingTheFileAndStoresNothing() {
        String hazard = hazard(INSPECTOR, Hazards.VILLAGE);
        long[] before = counts();
        byte[] cut = EvidenceFiles.cutShort(EvidenceFiles.jpegWithExif("2026:11:24 09:41:07", null, 30.1, 108.1), 100);
        upload(hazard, "file", "断网.jpg", cut, "image/jpeg").post("/hazards/" + hazard + "/evidence")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file")).body("errors[0].reason", containsString("FF D9"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anUploadWithoutItsFilePartNamesIt() {
        String hazard = hazard(INSPECTOR, Hazards.VILLAGE);
        long[] before = counts();
        given().auth().oauth2(INSPECTOR).multiPart(caption("只有说明")).post("/hazards/" + hazard + "/evidence")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://hazard-ledger.cn/problems/validation"))
                .body("errors[0].field", equalTo("file"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aPartTheUploadDoesNotHaveOrACaptionTooLongIsNamed() {
        String hazard = hazard(INSPECTOR, Hazards.VILLAGE);
        long[] before = counts();
        upload(hazard, "file", "a.png", EvidenceFiles.png(), "image/png").multiPart("status", "CLOSED")
                .post("/hazards/" + hazard + "/evidence")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        upload(hazard, "file", "a.png", EvidenceFiles.png(), "image/png").multiPart(caption("长".repeat(501)))
                .post("/hazards/" + hazard + "/evidence")
                .then().statusCode(400).body("errors[0].field", equalTo("caption"));
        upload(hazard, "file", "a.png", EvidenceFiles.png(), "image/png").multiPart(caption("换行可以\n空字符不行\u0000"))
                .post("/hazards/" + hazard + "/evidence")
                .then().statusCode(400).body("errors[0].field", equalTo("caption"));
        // a text part over 2 KiB is refused by the form reader itself, before any part is looked at
        upload(hazard, "file", "a.png", EvidenceFiles.png(), "image/png").multiPart(caption("长".repeat(1000)))
                .post("/hazards/" + hazard + "/evidence")
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anotherTownshipsHazardIsNotFound() {
        String elsewhere = hazard(token("INSPECTOR", "500240214000"), Hazards.OTHER_TOWNSHIP_VILLAGE);
        long[] before = counts();
        upload(elsewhere, "file", "a.png", EvidenceFiles.png(), "image/png").post("/hazards/" + elsewhere + "/evidence")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(INSPECTOR).get("/hazards/" + elsewhere + "/evidence").then().statusCode(404);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void evidenceOfOneHazardIsNotFoundUnderAnother() {
        String one = hazard(INSPECTOR, Hazards.VILLAGE);
        String other = hazard(INSPECTOR, Hazards.VILLAGE);
        String id = upload(one, "file", "a.png", EvidenceFiles.png(), "image/png").post("/hazards/" + one + "/evidence")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(INSPECTOR).get("/hazards/" + other + "/evidence/" + id).then().statusCode(404);
        given().auth().oauth2(INSPECTOR).get("/hazards/" + other + "/evidence/" + id + "/content").then().statusCode(404);
        given().auth().oauth2(INSPECTOR).get("/hazards/" + one + "/evidence/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheSameEvidence() {
        String hazard = hazard(INSPECTOR, Hazards.VILLAGE);
        String key = UUID.randomUUID().toString();
        byte[] png = EvidenceFiles.png();
        ExtractableResponse<Response> first = upload(hazard, "file", "a.png", png, "image/png").header("Idempotency-Key", key)
                .post("/hazards/" + hazard + "/evidence").then().statusCode(201)
                .header("Idempotent-Replayed", "false").extract();
        long[] afterFirst = counts();
        ExtractableResponse<Response> again = upload(hazard, "file", "a.png", png, "image/png").header("Idempotency-Key", key)
                .post("/hazards/" + hazard + "/evidence").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract();
        assertThat(again.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.<String>path("uploadedAt")).isEqualTo(first.path("uploadedAt"));
        assertThat(counts()).isEqualTo(afterFirst);
        // the same key for other bytes is another request
        upload(hazard, "file", "a.png", EvidenceFiles.jpeg(), "image/jpeg").header("Idempotency-Key", key)
                .post("/hazards/" + hazard + "/evidence").then().statusCode(422);
    }

    @Test
    void aRoleThatMayNotUploadIsForbidden() {
        String hazard = hazard(INSPECTOR, Hazards.VILLAGE);
        given().auth().oauth2(LEADER).multiPart("file", "a.png", EvidenceFiles.png(), "image/png")
                .post("/hazards/" + hazard + "/evidence").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aWrongMethodOnAnEvidencePathSaysWhichAreAllowed() {
        given().auth().oauth2(INSPECTOR).delete("/hazards/" + UUID.randomUUID() + "/evidence").then().statusCode(405)
                .header("Allow", containsString("GET")).header("Allow", containsString("POST"));
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body("{}")
                .post("/hazards/" + UUID.randomUUID() + "/evidence/" + UUID.randomUUID() + "/content")
                .then().statusCode(405).header("Allow", containsString("GET"));
    }

    @Test
    void spooledUploadsAreDeletedWhenTheRequestEnds() {
        String hazard = hazard(INSPECTOR, Hazards.VILLAGE);
        upload(hazard, "file", "a.png", EvidenceFiles.png(), "image/png").post("/hazards/" + hazard + "/evidence")
                .then().statusCode(201);
        upload(hazard, "file", "photo.jpg", "text".getBytes(StandardCharsets.UTF_8), "image/jpeg")
                .post("/hazards/" + hazard + "/evidence").then().statusCode(415);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(spooled()).isZero());
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static String hazard(String token, String village) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Hazards.report(village, "灶具旁堆放液化气钢瓶"))
                .post("/hazards").then().statusCode(201).extract().path("id");
    }

    /** As a browser sends it: the file's name as UTF-8 in the part's Content-Disposition. */
    private static RequestSpecification upload(String hazard, String part, String name, byte[] bytes, String type) {
        return given().config(RestAssuredConfig.config()
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .auth().oauth2(INSPECTOR).multiPart(part, name, bytes, type);
    }

    private static MultiPartSpecification caption(String text) {
        return new MultiPartSpecBuilder(text).controlName("caption").mimeType("text/plain")
                .charset(StandardCharsets.UTF_8).build();
    }

    /** Rows of evidence and of evidence_content. */
    private long[] counts() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return new long[] {count(s, "evidence"), count(s, "evidence_content")};
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long spooled() throws IOException {
        Path dir = Path.of(uploads);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
