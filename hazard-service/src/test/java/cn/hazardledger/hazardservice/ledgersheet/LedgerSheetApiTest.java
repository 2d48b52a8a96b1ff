package cn.hazardledger.hazardservice.ledgersheet;

import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.hazardservice.hazard.Walk;
import cn.hazardledger.testsupport.ProducerSchemas;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The ledger exported and imported through the API, read back with real parsers. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class LedgerSheetApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String INSPECTOR = token("INSPECTOR", Hazards.TOWNSHIP);
    static final String TOWNSHIP = token("TOWNSHIP", Hazards.TOWNSHIP, "township-clerk-1", Map.of("name", "王芳"));
    static final String OTHER_TOWNSHIP = token("TOWNSHIP", "500240214000");
    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Inject
    EntityManager em;

    @Test
    void theXlsxAndTheCsvHoldTheFilteredLedgerInTheCallersScope() throws IOException {
        String marker = "导出" + System.nanoTime();
        Walk fire = Walk.report(INSPECTOR, report(marker + "消防通道堵塞", "FIRE"));
        Walk gas = Walk.report(INSPECTOR, report(marker + "燃气钢瓶", "GAS"));
        fire.step(TOWNSHIP, "/confirmation", Map.of(), 200);

        ExtractableResponse<Response> xlsx = given().auth().oauth2(TOWNSHIP)
                .get("/hazards.xlsx?industry=FIRE&reportedFrom=" + TODAY).then().statusCode(200)
                .contentType(XLSX).extract();
        assertThat(xlsx.header("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''%E9%9A%90%E6%82%A3%E5%8F%B0%E8%B4%A6-"); // 隐患台账-
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("隐患名称");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            List<Row> mine = rows(sheet, marker);
            assertThat(mine).hasSize(1);
            Row row = mine.get(0);
            assertThat(text(row, SheetColumn.TITLE)).isEqualTo(marker + "消防通道堵塞");
            assertThat(text(row, SheetColumn.STATUS)).isEqualTo("已纳入台账");
            assertThat(text(row, SheetColumn.INDUSTRY)).isEqualTo("消防");
            assertThat(text(row, SheetColumn.LEDGER_NUMBER)).matches("YH-500240-\\d{4}-\\d{6}");
            Cell reported = row.getCell(SheetColumn.REPORTED_AT.ordinal());
            assertThat(DateUtil.isCellDateFormatted(reported)).isTrue();
            assertThat(reported.getLocalDateTimeCellValue().toLocalDate().toString()).isEqualTo(TODAY);
        }

        byte[] csv = given().auth().oauth2(TOWNSHIP).get("/hazards.csv?industry=GAS&reportedFrom=" + TODAY)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(".csv")).extract().asByteArray();
        assertThat(new String(csv, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        List<CSVRecord> records = csv(csv);
        assertThat(records.get(0).get(0)).isEqualTo("台账编号");
        assertThat(records).extracting(r -> r.get(SheetColumn.TITLE.ordinal()))
                .contains(marker + "燃气钢瓶").doesNotContain(marker + "消防通道堵塞");
        assertThat(records.stream().filter(r -> r.get(1).startsWith(marker)).findFirst().orElseThrow()
                .get(SheetColumn.REPORTED_AT.ordinal())).startsWith(TODAY + " ");
        assertThat(gas.id).isNotNull();

        assertThat(csv(given().auth().oauth2(OTHER_TOWNSHIP).get("/hazards.csv").then().statusCode(200).extract().asByteArray()))
                .noneMatch(r -> r.get(SheetColumn.TITLE.ordinal()).startsWith(marker));
        given().auth().oauth2(TOWNSHIP).get("/hazards.xlsx?industry=WOOD").then().statusCode(400)
                .body("errors[0].field", equalTo("industry"));
    }

    @Test
    void anImportCreatesEachHazardOnceWithAnImportEntryAndTheSameFileAgainCreatesNothing() throws IOException {
        String marker = "导入" + System.nanoTime();
        String number = String.format("YH-500240-2019-%06d", ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String file = LedgerRowsTest.HEADER
                + number + "," + marker + "加油站静电接地失效,卸油区静电接地报警装置失效,500240213001,危险化学品,部门检查,"
                + "重大事故隐患,物的不安全状态,红,已销号,三星加油站,91350100M000100Y43,2019-06-03 09:00,李明,2019-06-03 10:15:30,"
                + "三星乡安办,张建国,2019-06-30,2019-06-25 16:00:00,场镇加油站,30.012345,108.123456\n"
                + "," + marker + "农家乐疏散通道堆放杂物,疏散通道堆放杂物,500240213002,消防,群众举报,一般隐患,,蓝,已上报,,,,,"
                + "2019-06-05 08:00:00,,,,,,,\n"
                + "," + marker + "渡口渡船未配救生衣,渡船未配救生衣,500240213002,水上交通,网格巡查,一般,,黄,整改中,,,,,"
                + "2019-06-06,三星乡安办,,2019-07-06,,,,\n";
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);

        upload(TOWNSHIP, "三星乡台账2019.csv", bytes, "text/csv").post("/hazards/imports")
                .then().statusCode(200).body("created", equalTo(3)).body("alreadyPresent", equalTo(0))
                .body("rows", equalTo(3)).body("format", equalTo("CSV")).body("fileName", equalTo("三星乡台账2019.csv"));

        Map<String, Map<String, Object>> imported = listed(marker);
        assertThat(imported).hasSize(3);
        Map<String, Object> closed = imported.get(marker + "加油站静电接地失效");
        assertThat(closed.get("status")).isEqualTo("CLOSED");
        assertThat(closed.get("ledgerNumber")).isEqualTo(number);
        assertThat(closed.get("source")).isEqualTo("DEPARTMENT_INSPECTION");
        assertThat((String) closed.get("reportedAt")).startsWith("2019-06-03T10:15:30");
        // a hazard the township had confirmed is given a number of its county and its year
        assertThat((String) imported.get(marker + "渡口渡船未配救生衣").get("ledgerNumber")).startsWith("YH-500240-2019-");
        assertThat(imported.get(marker + "渡口渡船未配救生衣").get("overdue")).isEqualTo(true);
        assertThat(imported.get(marker + "农家乐疏散通道堆放杂物").get("ledgerNumber")).isNull();

        String id = (String) closed.get("id");
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + id + "/entries").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].action", equalTo("IMPORT")).body("[0].statusAfter", equalTo("CLOSED"))
                .body("[0].signature", equalTo("王芳")).body("[0].data.row", equalTo(2))
                .body("[0].data.fileSha256", notNullValue()).body("[0].note", containsString("三星乡台账2019.csv"));
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + id + "/ledger/verify").then().statusCode(200)
                .body("intact", equalTo(true));
        assertThat(events(id)).containsExactly("hazard.imported.v1");

        upload(TOWNSHIP, "again.csv", bytes, "text/csv").post("/hazards/imports")
                .then().statusCode(200).body("created", equalTo(0)).body("alreadyPresent", equalTo(3));
        assertThat(listed(marker)).hasSize(3);

        // the ledger's own export, imported back, is all there already
        byte[] xlsx = given().auth().oauth2(TOWNSHIP).get("/hazards.xlsx?reportedFrom=2019-06-03&reportedTo=2019-06-06")
                .then().statusCode(200).extract().asByteArray();
        upload(TOWNSHIP, "export.xlsx", xlsx, XLSX).post("/hazards/imports")
                .then().statusCode(200).body("format", equalTo("XLSX")).body("created", equalTo(0));
        assertThat(listed(marker)).hasSize(3);
    }

    @Test
    void aBadFileImportsNothingAndNamesEveryBadRowAndColumn() {
        String marker = "坏文件" + System.nanoTime();
        String file = LedgerRowsTest.HEADER
                + "," + marker + "好的一行,描述,500240213001,消防,群众举报,一般隐患,,,已上报,,,,,2019-05-01,,,,,,,\n"
                + "," + marker + "行业错,描述,500240213001,木材,群众举报,一般隐患,,,已上报,,,,,2019-05-01,,,,,,,\n"
                + "," + marker + "期限错,描述,500240213001,消防,群众举报,一般隐患,,,整改中,,,,,2019-05-01,,,6月底,,,,\n"
                + "," + marker + "辖区外,描述,500240214001,消防,群众举报,一般隐患,,,已上报,,,,,2019-05-01,,,,,,,\n";
        upload(TOWNSHIP, "bad.csv", file.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/hazards/imports").then().statusCode(400)
                .contentType("application/problem+json")
                .body("problemCount", equalTo(3))
                .body("problems.find { it.row == 3 }.column", equalTo("行业"))
                .body("problems.find { it.row == 4 }.column", equalTo("整改期限"))
                .body("problems.find { it.row == 4 }.reason", equalTo("日期格式应为 yyyy-MM-dd，如 2026-12-31"))
                .body("problems.find { it.row == 5 }.reason", equalTo("500240214001 不在你的辖区（500240213000）内"))
                .body("errors.field", hasItem("所在区域代码"))
                .body("errors.reason", hasItem("第4行「整改期限」：日期格式应为 yyyy-MM-dd，如 2026-12-31"))
                .body("detail", containsString("未导入任何内容"));
        assertThat(listed(marker)).isEmpty();

        upload(TOWNSHIP, "scan.pdf", "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII),
                "application/pdf").post("/hazards/imports").then().statusCode(415);
        // a part an import does not have is refused by its name, before the missing file
        given().auth().oauth2(TOWNSHIP).multiPart("note", "没有文件").post("/hazards/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        upload(INSPECTOR, "a.csv", file.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/hazards/imports").then().statusCode(403);
    }

    @Test
    void theApiDocumentShowsTheFilesAndEveryRefusal() {
        var doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200);
        doc.body("paths.'/hazards.xlsx'.get.responses.'200'.content", org.hamcrest.Matchers.hasKey(XLSX))
                .body("paths.'/hazards.csv'.get.responses.'200'.content", org.hamcrest.Matchers.hasKey("text/csv"))
                .body("paths.'/hazards.xlsx'.get.parameters.name", hasItem("industry"))
                .body("paths.'/hazards.xlsx'.get.responses.'400'.content.'application/problem+json'.examples", notNullValue())
                .body("paths.'/hazards/imports'.post.requestBody.content.'multipart/form-data'.schema.'$ref'",
                        equalTo("#/components/schemas/LedgerUpload"));
        for (String status : new String[] {"400", "401", "403", "413", "415"}) {
            doc.body("paths.'/hazards/imports'.post.responses.'" + status + "'.content.'application/problem+json'.examples",
                    notNullValue());
        }
    }

    /** As a browser sends a file: its Chinese name in UTF-8. */
    private static RequestSpecification upload(String token, String name, byte[] bytes, String type) {
        return given().config(RestAssuredConfig.config()
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .auth().oauth2(token).multiPart("file", name, bytes, type);
    }

    @SuppressWarnings("unchecked")
    private List<String> events(String hazardId) {
        List<Object[]> rows = em.createNativeQuery("SELECT type, payload FROM outbox_event WHERE aggregate_id = ?1 ORDER BY seq")
                .setParameter(1, hazardId).getResultList();
        return rows.stream().map(r -> {
            ProducerSchemas.valid((String) r[0], (String) r[1]);
            return (String) r[0];
        }).toList();
    }

    private static Map<String, Map<String, Object>> listed(String marker) {
        List<Map<String, Object>> items = given().auth().oauth2(TOWNSHIP)
                .get("/hazards?limit=100&reportedFrom=2019-05-01&reportedTo=2019-06-30").then().statusCode(200)
                .extract().jsonPath().getList("items");
        Map<String, Map<String, Object>> byTitle = new HashMap<>();
        items.stream().filter(i -> ((String) i.get("title")).startsWith(marker)).forEach(i -> byTitle.put((String) i.get("title"), i));
        return byTitle;
    }

    private static List<Row> rows(XSSFSheet sheet, String marker) {
        List<Row> found = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && text(row, SheetColumn.TITLE).startsWith(marker)) {
                found.add(row);
            }
        }
        return found;
    }

    private static String text(Row row, SheetColumn column) {
        Cell cell = row.getCell(column.ordinal());
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(new String(bytes, StandardCharsets.UTF_8).substring(1))).getRecords();
    }

    private static Map<String, Object> report(String title, String industry) {
        Map<String, Object> body = new HashMap<>(Hazards.report(Hazards.VILLAGE, title));
        body.put("industry", industry);
        return body;
    }
}
