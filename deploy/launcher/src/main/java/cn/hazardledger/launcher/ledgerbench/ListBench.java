package cn.hazardledger.launcher.ledgerbench;

import cn.hazardledger.launcher.load.Latencies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * GET /hazards as people use it: a county regulator's and a township office's list, a first page of 20 and often
 * the next page by its cursor, with the filters a ledger screen offers (status, level, industry, source, colour,
 * overdue, listed, a village or township inside the scope, a reporting period) and free-text search in Chinese.
 * Each query is different (drawn from a seed). Parameters the service does not know yet (q, sort, fields answer 400
 * today) are found by one probe each and left out, and the report says so.
 */
final class ListBench {

    static final List<String> WORDS = List.of("消防通道", "粉尘", "燃气", "配电箱", "液化气", "脚手架", "电动车", "超载",
            "救生衣", "灭火器", "鑫源", "疏散通道");
    /** What a phone's list row shows; the deadline is part of the hazard's rectification. */
    static final String FIELDS = "id,title,status,level,overdue,rectification";
    private static final List<String> SORTS = List.of("-reportedAt", "reportedAt", "deadline", "-deadline", "-level", "level");
    private static final List<String> STATUSES = List.of("RECTIFYING", "CLOSED", "CONFIRMED", "SUBMITTED", "REPORTED", "REJECTED");
    private static final List<String> INDUSTRIES = List.of("FIRE", "INDUSTRY_TRADE", "CONSTRUCTION", "ROAD_TRAFFIC", "GAS",
            "SELF_BUILT_HOUSING", "HAZARDOUS_CHEMICALS", "OTHER", "WATER_TRAFFIC", "FIREWORKS", "MINING");
    private static final List<String> SOURCES = List.of("GRID_PATROL", "ENTERPRISE_SELF_CHECK", "DEPARTMENT_INSPECTION",
            "PUBLIC_REPORT");
    private static final List<String> COLOURS = List.of("RED", "ORANGE", "YELLOW", "BLUE");

    /** One list request: who asks (county or township scope) and with which parameters. */
    record Query(boolean county, String region, Map<String, String> parameters) {

        boolean text() {
            return parameters.containsKey("q");
        }
    }

    /** Latencies by kind, and the slowest request (for EXPLAIN). */
    static final class Result {
        final Map<String, Latencies> latencies = new LinkedHashMap<>();
        final List<String> unsupported = new ArrayList<>();
        /** Every measured request as (microseconds, query), for the slowest few. */
        final List<Map.Entry<Long, Query>> timed = new ArrayList<>();
        int failures;
        String firstFailure;
        Query slowest;
        long slowestMicros = -1;

        List<Map.Entry<Long, Query>> slowest(int n) {
            return timed.stream().sorted(Map.Entry.<Long, Query>comparingByKey().reversed()).limit(n).toList();
        }

        Latencies of(String kind) {
            return latencies.computeIfAbsent(kind, k -> new Latencies());
        }
    }

    private final BenchHttp http;
    private final BenchTokens tokens;

    ListBench(BenchHttp http, BenchTokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    Result run(int queries, long seed) throws Exception {
        Result result = new Result();
        boolean text = supported("q", result);
        boolean sort = supported("sort", result);
        boolean fields = supported("fields", result);
        // warm-up: the JIT, the connection pool and PostgreSQL's cache, on queries of their own
        for (Query q : queries(30, seed + 1, text, sort, fields)) {
            send(q, null, null);
        }
        for (Query q : queries(queries, seed, text, sort, fields)) {
            String next = send(q, result, q.county() ? "county" : "township");
            if (next != null && (q.parameters().hashCode() & 3) != 0) {
                Map<String, String> page2 = new LinkedHashMap<>(q.parameters());
                page2.put("cursor", next);
                send(new Query(q.county(), q.region(), page2), result, "page 2");
            }
        }
        return result;
    }

    /**
     * Whether the service honours {@code parameter}: a 400 says no, and so does a 200 that ignored it (JAX-RS drops
     * query parameters a resource does not declare), told apart by what the answer holds.
     */
    private boolean supported(String parameter, Result result) throws Exception {
        String token = tokens.county(Corpus.COUNTIES.get(0));
        Map<String, String> q = new LinkedHashMap<>();
        q.put(parameter, switch (parameter) {
            case "q" -> "并无此词之隐患";
            case "sort" -> "reportedAt";
            default -> FIELDS;
        });
        q.put("limit", "1");
        BenchHttp.Answer a = http.get(http.url("/hazards", q), token);
        if (a.status() != 200) {
            result.unsupported.add(parameter + " (answers " + a.status() + ")");
            return false;
        }
        var items = a.json().path("items");
        boolean honoured = switch (parameter) {
            case "q" -> items.isEmpty();
            case "sort" -> {
                var newest = http.get(http.url("/hazards", Map.of("limit", "1")), token).json().path("items");
                yield items.isEmpty() || !items.get(0).path("id").equals(newest.get(0).path("id"));
            }
            default -> items.isEmpty() || items.get(0).size() <= FIELDS.split(",").length;
        };
        if (!honoured) {
            result.unsupported.add(parameter + " (ignored)");
        }
        return honoured;
    }

    /** Sends one query; records its time under "all", its kind and with/without text; answers nextCursor. */
    private String send(Query q, Result result, String kind) throws Exception {
        String token = q.county() ? tokens.county(q.region()) : tokens.township(q.region());
        BenchHttp.Answer a = http.get(http.url("/hazards", q.parameters()), token);
        if (result == null) {
            return null;
        }
        if (a.status() != 200) {
            result.failures++;
            if (result.firstFailure == null) {
                result.firstFailure = a.status() + " " + q.parameters() + ": " + a.text();
            }
            return null;
        }
        long micros = a.nanos() / 1000;
        result.of("all").add(micros);
        result.of(kind).add(micros);
        result.of(q.text() ? "with q" : "without q").add(micros);
        result.timed.add(Map.entry(micros, q));
        if (micros > result.slowestMicros) {
            result.slowestMicros = micros;
            result.slowest = q;
        }
        var next = a.json().get("nextCursor");
        return next == null || next.isNull() ? null : next.asText();
    }

    /** {@code n} varied queries, half in a county's scope and half in a township's. */
    static List<Query> queries(int n, long seed, boolean text, boolean sort, boolean fields) {
        Random r = new Random(seed);
        List<Query> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int county = r.nextInt(Corpus.COUNTIES.size());
            int township = r.nextInt(10);
            String village = HazardStories.village(county, township, r.nextInt(10));
            boolean countyScope = i % 2 == 0;
            String region = countyScope ? Corpus.COUNTIES.get(county) : village.substring(0, 9);
            Map<String, String> p = new LinkedHashMap<>();
            boolean overdue = r.nextInt(100) < 12;
            if (r.nextInt(100) < 35) {
                // overdue is a passed deadline while confirmed or rectifying: no screen offers "closed and overdue"
                p.put("status", overdue ? Corpus.pick(r, List.of("RECTIFYING", "CONFIRMED")) : Corpus.pick(r, STATUSES));
            }
            if (r.nextInt(100) < 10) {
                p.put("level", "MAJOR");
            }
            if (r.nextInt(100) < 30) {
                p.put("industry", Corpus.pick(r, INDUSTRIES));
            }
            if (r.nextInt(100) < 10) {
                p.put("source", Corpus.pick(r, SOURCES));
            }
            if (r.nextInt(100) < 10) {
                p.put("riskColour", Corpus.pick(r, COLOURS));
            }
            if (overdue) {
                p.put("overdue", "true");
            }
            if (r.nextInt(100) < 5) {
                p.put("listed", "true");
            }
            if (r.nextInt(100) < 20) {
                p.put("region", countyScope && r.nextBoolean() ? village.substring(0, 9) + "000" : village);
            }
            if (r.nextInt(100) < 10) {
                int year = 2024 + r.nextInt(3);
                p.put("reportedFrom", year + "-0" + (1 + r.nextInt(6)) + "-01");
                p.put("reportedTo", year + "-" + (10 + r.nextInt(3)) + "-28");
            }
            if (text && r.nextInt(100) < 45) {
                p.put("q", Corpus.pick(r, WORDS));
            }
            if (sort && r.nextInt(100) < 30) {
                p.put("sort", Corpus.pick(r, SORTS));
            }
            if (fields && r.nextInt(100) < 30) {
                p.put("fields", FIELDS);
            }
            p.put("limit", "20");
            all.add(new Query(countyScope, countyScope ? region + "000000" : region + "000", p));
        }
        return all;
    }
}
