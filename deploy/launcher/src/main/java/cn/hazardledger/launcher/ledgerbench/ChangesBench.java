package cn.hazardledger.launcher.ledgerbench;

import cn.hazardledger.launcher.Database;
import cn.hazardledger.launcher.load.Latencies;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GET /hazards/changes as a township's phone uses it: the first page, the whole first sync of the township (page by
 * page until {@code more} is false), and a catch-up after a week offline. The week is made honestly cheap: every
 * hazard of the township whose last step falls in the last seven days (updated_at) is written again unchanged, so
 * that the change trigger stamps it as the steps of that week would have; nothing in the rows changes. Then the
 * feed is read from the token the first sync ended with.
 */
final class ChangesBench {

    private static final int MAX_PAGES = 50_000;

    record Walk(int pages, long items, long nanos, String next, String failure) {
    }

    record Result(boolean available, String note, long firstPageMicros, int firstPageItems, Walk sync, long touched,
                  Walk catchUp, Latencies pages) {
    }

    private final BenchHttp http;
    private final BenchTokens tokens;
    private final int limit;

    ChangesBench(BenchHttp http, BenchTokens tokens, int limit) {
        this.http = http;
        this.tokens = tokens;
        this.limit = limit;
    }

    /** What a week offline missed: stamps the township's changes of the last seven days; answers how many. */
    interface Week {
        long pass(String township) throws Exception;
    }

    /** The week as the database holds it: each hazard whose last step is under seven days old, written unchanged. */
    static Week restamped(Database db) {
        return township -> {
            try (var c = db.connect(); var s = c.prepareStatement("UPDATE hazard SET updated_at = updated_at "
                    + "WHERE township_code = ? AND updated_at >= now() - interval '7 days'")) {
                s.setString(1, township.substring(0, 9));
                return s.executeUpdate();
            }
        };
    }

    Result run(String township, Week week) throws Exception {
        String token = tokens.township(township);
        BenchHttp.Answer first = page(token, null);
        if (first.absent()) {
            return new Result(false, "not available (GET /hazards/changes answers " + first.status() + ")", 0, 0,
                    null, 0, null, null);
        }
        if (first.status() != 200) {
            return new Result(false, "the first page answered " + first.status() + ": " + first.text(), 0, 0, null, 0,
                    null, null);
        }
        // warm-up, then the first page again, measured
        page(token, null);
        BenchHttp.Answer measured = page(token, null);
        Latencies pages = new Latencies();
        Walk sync = walk(token, null, pages);
        long touched = 0;
        Walk catchUp = null;
        if (sync.failure() == null && sync.next() != null) {
            touched = week.pass(township);
            catchUp = walk(token, sync.next(), pages);
        }
        return new Result(true, null, measured.nanos() / 1000, measured.json().path("changes").size(), sync, touched,
                catchUp, pages);
    }

    private Walk walk(String token, String since, Latencies latencies) throws Exception {
        long start = System.nanoTime();
        int pages = 0;
        long items = 0;
        String next = since;
        while (pages < MAX_PAGES) {
            BenchHttp.Answer a = page(token, next);
            pages++;
            if (a.status() != 200) {
                return new Walk(pages, items, System.nanoTime() - start, next, a.status() + ": " + a.text());
            }
            latencies.add(a.nanos() / 1000);
            JsonNode body = a.json();
            items += body.path("changes").size();
            String token2 = body.path("next").asText(null);
            next = token2 == null ? next : token2;
            if (!body.path("more").asBoolean(false)) {
                break;
            }
        }
        return new Walk(pages, items, System.nanoTime() - start, next, null);
    }

    private BenchHttp.Answer page(String token, String since) throws Exception {
        Map<String, String> q = new LinkedHashMap<>();
        if (since != null) {
            q.put("since", since);
        }
        q.put("limit", Integer.toString(limit));
        return http.get(http.url("/hazards/changes", q), token);
    }
}
