package cn.hazardledger.hazardservice.ledgersheet;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.quarkus.test.common.http.TestHTTPResource;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.Statement;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;

/**
 * A measurement, not a test (its name keeps it out of the test command): the time and the heap of exporting
 * 10,000 and then 100,000 hazards, each as XLSX and CSV, through the API and the database (flat memory shows as
 * the same heap in use for both sizes), and the time of importing a 10,000-row ledger, then the same file
 * again. Run it alone, with the heap it should fit in: {@code JAVA_TOOL_OPTIONS=-Xmx256m ./mvnw -pl
 * hazard-service -am test -Dtest=LedgerSheetMeasure -Dsurefire.failIfNoSpecifiedTests=false}; it prints one
 * MEASURE line each.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class LedgerSheetMeasure {

    static final String REGULATOR = token("REGULATOR", "500240000000");
    static final String TOWNSHIP = token("TOWNSHIP", "500240213000");
    static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL url;

    @Test
    void measure() throws Exception {
        insert(10_000);
        // the first export pays for loading POI and compiling the query: measured, then again warm
        export("xlsx", 10_000);
        export("xlsx", 10_000);
        export("csv", 10_000);
        insert(90_000);
        export("xlsx", 100_000);
        export("csv", 100_000);
    }

    @Test
    void importing() throws Exception {
        StringBuilder csv = new StringBuilder(LedgerRowsTest.HEADER);
        for (int i = 0; i < 10_000; i++) {
            LocalDateTime reported = LocalDateTime.parse("2018-01-01T08:00:00").plusMinutes(i);
            String when = CellText.DATE_TIME.format(reported);
            boolean closed = i % 2 == 0;
            csv.append(closed ? String.format("YH-500240-2018-%06d", i + 1) : "").append(",测量导入").append(i)
                    .append(" 农家乐疏散通道堆放杂物,疏散通道堆放杂物，安全出口上锁,50024021300").append(1 + i % 9)
                    .append(",消防,网格巡查,一般隐患,物的不安全状态,蓝,").append(closed ? "已销号" : "已上报")
                    .append(",三星乡农家乐,,").append(when).append(",李明,").append(when).append(",三星乡安办,张建国,")
                    .append(closed ? "2018-12-31" : "").append(',').append(closed ? when : "").append(",三星乡场镇,,\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        for (String round : List.of("first", "again")) {
            System.gc();
            long before = used();
            HeapAfterCollections heap = HeapAfterCollections.start();
            long start = System.nanoTime();
            int created = given().auth().oauth2(TOWNSHIP).multiPart("file", "ledger.csv", file, "text/csv")
                    .post("/hazards/imports").then().statusCode(200).extract().path("created");
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("MEASURE import 10000 rows (%d KiB), %s: created %d in %d ms; heap in use before %d MiB, most "
                    + "in use after a collection during the import %d MiB%n", file.length / 1024, round, created, millis,
                    before >> 20, heap.stop() >> 20);
        }
    }

    private void insert(int n) throws Exception {
        // in steps: each row feeds the bigram text index, and the test datasource times out a long statement
        for (int done = 0; done < n; done += 10_000) {
            insertStep(Math.min(10_000, n - done));
        }
    }

    private void insertStep(int n) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO hazard (id, title, description, region_code, industry, source, level, status, hazard_type,
                        risk_colour, ledger_number, enterprise_name, enterprise_credit_code, address, latitude, longitude,
                        discovered_at, discovered_by, reported_by, reporter_role, reported_at, updated_at, version,
                        responsible_unit_name, responsible_person, deadline)
                    SELECT gen_random_uuid(), '测量' || i || ' 餐馆液化气钢瓶与灶具同室存放，未安装可燃气体报警装置',
                        '一楼厨房液化气钢瓶与灶具同室存放，未安装可燃气体报警装置，灶具无熄火保护。',
                        '50024021' || (3 + i % 3) || '00' || (1 + i % 9), 'GAS', 'GRID_PATROL', 'GENERAL', 'RECTIFYING',
                        'OBJECT', 'YELLOW', 'YH-500240-2020-' || lpad((900000 + i)::text, 6, '0'), '三星乡好再来餐馆',
                        '91350100M000100Y43', '三星乡场镇主街12号', 30.012345, 108.123456,
                        now() - interval '400 days' + i * interval '1 minute', '李明', 'measure', 'INSPECTOR',
                        now() - interval '400 days' + i * interval '1 minute', now(), 0, '三星乡安办', '张建国', DATE '2026-12-31'
                    FROM generate_series((SELECT count(*) FROM hazard WHERE reported_by = 'measure') + 1,
                                         (SELECT count(*) FROM hazard WHERE reported_by = 'measure') + :n) AS i""".replace(":n", Integer.toString(n)));
        }
    }

    /**
     * One export, its body read and dropped as it arrives (RestAssured would hold it whole, in this JVM). The heap
     * is measured after each collection during the export: what was still in use then is what the export kept.
     */
    private void export(String format, int rows) throws Exception {
        System.gc();
        long before = used();
        HeapAfterCollections heap = HeapAfterCollections.start();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url + "hazards." + format)).header("Authorization", "Bearer " + REGULATOR).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes;
        try (InputStream body = response.body()) {
            bytes = body.transferTo(OutputStream.nullOutputStream());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long afterGc = heap.stop();
        System.out.printf("MEASURE %s %d rows: status %d, %d ms, %d KiB; heap in use before %d MiB, most in use after a "
                        + "collection during the export %d MiB, max heap %d MiB%n", format, rows, response.statusCode(), millis,
                bytes / 1024, before >> 20, afterGc >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long used() {
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    /** The most heap in use right after a collection, from start to stop: what the work kept, not its garbage. */
    private static final class HeapAfterCollections implements NotificationListener {
        private final AtomicLong most = new AtomicLong();

        static HeapAfterCollections start() {
            HeapAfterCollections h = new HeapAfterCollections();
            ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(h, null, null));
            return h;
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> HEAP_POOLS.contains(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
                most.accumulateAndGet(used, Math::max);
            }
        }

        long stop() throws ListenerNotFoundException {
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).removeNotificationListener(this);
            }
            return most.get();
        }
    }
}
