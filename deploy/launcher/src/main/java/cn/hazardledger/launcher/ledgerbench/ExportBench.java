package cn.hazardledger.launcher.ledgerbench;

import cn.hazardledger.launcher.Database;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * GET /hazards.xlsx of about 100,000 rows: the county with the most hazards (or, in a smaller load, the whole city)
 * from the reporting date that gives that many rows, as its REGULATOR. Measures the time to the first and the last
 * byte, the bytes, the rows in the sheet (counted in the file) and hazard-service's heap meanwhile ({@link HeapSampler}).
 */
final class ExportBench {

    record Result(boolean available, String note, String scope, Map<String, String> parameters, long expectedRows,
                  long rows, long bytes, long firstByteMillis, long millis, HeapSampler.Peak heap, String maxHeapOption,
                  long idleUsedKb) {
    }

    private final BenchHttp http;
    private final BenchTokens tokens;
    private final Optional<ProcessHandle> service;

    ExportBench(BenchHttp http, BenchTokens tokens, Optional<ProcessHandle> service) {
        this.http = http;
        this.tokens = tokens;
        this.service = service;
    }

    Result run(Database db, int target) throws Exception {
        String[] largest = db.query("SELECT county_code, count(*) FROM hazard WHERE county_code IN ('"
                + String.join("', '", Corpus.COUNTIES) + "') GROUP BY county_code ORDER BY 2 DESC LIMIT 1").get(0);
        boolean county = Long.parseLong(largest[1]) >= target;
        String where = county ? "county_code = '" + largest[0] + "'" : "region_code LIKE '5002%'";
        String scope = county ? "county " + largest[0] + " (REGULATOR)" : "city 5002, five counties (REGULATOR)";
        String token = county ? tokens.county(largest[0]) : tokens.city();
        var cut = db.query("SELECT to_char(reported_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') FROM hazard WHERE "
                + where + " ORDER BY reported_at DESC OFFSET ? LIMIT 1", target - 1);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!cut.isEmpty()) {
            parameters.put("reportedFrom", cut.get(0)[0]);
        }
        long expected = db.count("SELECT count(*) FROM hazard WHERE " + where + (cut.isEmpty() ? ""
                : " AND reported_at >= (?::date)::timestamp AT TIME ZONE 'Asia/Shanghai'"), cut.isEmpty() ? new Object[0]
                : new Object[] {cut.get(0)[0]});
        String url = http.url("/hazards.xlsx", parameters);
        // a tiny export first: is it there, and the code paths warm, without a second large one in the heap figures
        Map<String, String> small = new LinkedHashMap<>(parameters);
        small.put("reportedFrom", java.time.LocalDate.now(HazardStories.CHINA).toString());
        BenchHttp.Answer probe = http.get(http.url("/hazards.xlsx", small), token);
        if (probe.absent()) {
            return new Result(false, "not available (GET /hazards.xlsx answers " + probe.status() + ")", scope, parameters,
                    expected, 0, 0, 0, 0, null, null, 0);
        }
        String xmx = service.map(HeapSampler::maxHeapOption).orElse("?");
        long idle = 0;
        BenchHttp.Answer a;
        HeapSampler.Peak peak = null;
        if (service.isPresent()) {
            try (HeapSampler before = new HeapSampler(service.get().pid())) {
                before.awaitFirstSample();
                idle = before.peak().usedKb();
            }
            try (HeapSampler sampler = new HeapSampler(service.get().pid())) {
                sampler.awaitFirstSample();
                a = http.get(url, token);
                sampler.close();
                peak = sampler.peak();
            }
        } else {
            a = http.get(url, token);
        }
        if (a.status() != 200) {
            return new Result(true, "answered " + a.status() + ": " + a.text(), scope, parameters, expected, 0,
                    a.body().length, a.firstByteNanos() / 1_000_000, a.nanos() / 1_000_000, peak, xmx, idle);
        }
        return new Result(true, service.isPresent() ? null : "hazard-service's process not found: no heap figures",
                scope, parameters, expected, sheetRows(a.body()), a.body().length, a.firstByteNanos() / 1_000_000,
                a.nanos() / 1_000_000, peak, xmx, idle);
    }

    /**
     * Rows of the workbook's sheets, less one header row per sheet; -1 when it is no XLSX (a zip with sheets). Read
     * through the zip's central directory (ZipFile): a streamed workbook's entries carry their sizes only after their
     * data, which ZipInputStream refuses for stored entries.
     */
    static long sheetRows(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("ledger-bench-export", ".xlsx");
        try {
            Files.write(file, xlsx);
            long rows = 0;
            int sheets = 0;
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().startsWith("xl/worksheets/sheet")) {
                        sheets++;
                        try (InputStream in = zip.getInputStream(e)) {
                            rows += count(in, "<row ".getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                }
            } catch (ZipException notAZip) {
                return -1;
            }
            return sheets == 0 ? -1 : rows - sheets;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long count(InputStream in, byte[] needle) throws IOException {
        long found = 0;
        int matched = 0;
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                matched = buffer[i] == needle[matched] ? matched + 1 : buffer[i] == needle[0] ? 1 : 0;
                if (matched == needle.length) {
                    found++;
                    matched = 0;
                }
            }
        }
        return found;
    }
}
