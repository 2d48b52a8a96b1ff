package cn.hazardledger.launcher.ledgerbench;

import cn.hazardledger.launcher.load.Latencies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /statistics for a county over the periods a county office reports on: this month, the last 30 days, a quarter,
 * this year, last year and the whole three years, for each of the five counties in turn, as its REGULATOR.
 */
final class StatisticsBench {

    record Result(boolean available, String note, Latencies latencies, int failures, Map<String, String> slowest) {
    }

    private final BenchHttp http;
    private final BenchTokens tokens;

    StatisticsBench(BenchHttp http, BenchTokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    Result run(int runs, LocalDate today) throws Exception {
        List<Map<String, String>> queries = queries(runs + 3, today);
        BenchHttp.Answer probe = get(queries.get(0));
        if (probe.absent()) {
            return new Result(false, "not available (GET /statistics answers " + probe.status() + ")", null, 0, null);
        }
        // the first three are the warm-up
        for (Map<String, String> q : queries.subList(1, 3)) {
            get(q);
        }
        Latencies latencies = new Latencies();
        int failures = 0;
        String note = null;
        Map<String, String> slowest = null;
        long slowestNanos = -1;
        for (Map<String, String> q : queries.subList(3, queries.size())) {
            BenchHttp.Answer a = get(q);
            if (a.status() != 200) {
                failures++;
                note = note == null ? a.status() + " for " + q + ": " + a.text() : note;
                continue;
            }
            latencies.add(a.nanos() / 1000);
            if (a.nanos() > slowestNanos) {
                slowestNanos = a.nanos();
                slowest = q;
            }
        }
        return new Result(true, note, latencies, failures, slowest);
    }

    private BenchHttp.Answer get(Map<String, String> q) throws Exception {
        return http.get(http.url("/statistics", q), tokens.county(q.get("region")));
    }

    static List<Map<String, String>> queries(int n, LocalDate today) {
        List<LocalDate[]> periods = List.of(
                new LocalDate[] {today.withDayOfMonth(1), today},
                new LocalDate[] {today.minusDays(30), today},
                new LocalDate[] {today.minusMonths(3).withDayOfMonth(1), today.withDayOfMonth(1).minusDays(1)},
                new LocalDate[] {today.withDayOfYear(1), today},
                new LocalDate[] {today.minusYears(1).withDayOfYear(1), today.withDayOfYear(1).minusDays(1)},
                new LocalDate[] {today.minusYears(3), today});
        List<Map<String, String>> queries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate[] period = periods.get((i / Corpus.COUNTIES.size()) % periods.size());
            Map<String, String> q = new LinkedHashMap<>();
            q.put("region", BenchTokens.pad(Corpus.COUNTIES.get(i % Corpus.COUNTIES.size())));
            q.put("from", period[0].toString());
            q.put("to", period[1].toString());
            queries.add(q);
        }
        return queries;
    }
}
