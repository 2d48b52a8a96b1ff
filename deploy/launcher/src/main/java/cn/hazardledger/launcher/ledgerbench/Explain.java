package cn.hazardledger.launcher.ledgerbench;

import cn.hazardledger.launcher.Database;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of SQL written to match what hazard-service runs for a list query and for a county's
 * statistics. Reproduced, not captured (the service's SQL is Hibernate's and is not logged), so the plans show what
 * the indexes offer such a query; a plan of the service's own statement may differ in detail.
 */
final class Explain {

    private Explain() {
    }

    /** The list query: scope, filters, order and the page's LIMIT (20 and one to know whether a next page exists). */
    static String listSql(ListBench.Query q, LocalDate today) {
        Map<String, String> p = q.parameters();
        StringBuilder sql = new StringBuilder("SELECT * FROM hazard WHERE ")
                .append(q.county() ? "county_code = " + literal(q.region().substring(0, 6))
                        : "township_code = " + literal(q.region().substring(0, 9)));
        for (String[] f : List.of(new String[] {"status", "status"}, new String[] {"level", "level"},
                new String[] {"industry", "industry"}, new String[] {"source", "source"},
                new String[] {"riskColour", "risk_colour"})) {
            if (p.containsKey(f[0])) {
                sql.append(" AND ").append(f[1]).append(" = ").append(literal(p.get(f[0])));
            }
        }
        if (p.containsKey("region")) {
            String region = p.get("region");
            sql.append(region.endsWith("000") ? " AND township_code = " + literal(region.substring(0, 9))
                    : " AND region_code = " + literal(region));
        }
        if (p.containsKey("overdue")) {
            sql.append(" AND deadline < ").append(literal(today.toString())).append(" AND status IN ('CONFIRMED', 'RECTIFYING')");
        }
        if (p.containsKey("listed")) {
            sql.append(" AND listed_at IS NOT NULL AND delisted_at IS NULL");
        }
        if (p.containsKey("reportedFrom")) {
            sql.append(" AND reported_at >= ").append(literal(p.get("reportedFrom") + " 00:00+08"));
        }
        if (p.containsKey("reportedTo")) {
            sql.append(" AND reported_at < (").append(literal(p.get("reportedTo") + " 00:00+08")).append("::timestamptz + interval '1 day')");
        }
        if (p.containsKey("q")) {
            String word = literal(p.get("q"));
            sql.append(" AND hazard_bigrams(hazard_text(title, description, enterprise_name)) @> hazard_bigrams(")
                    .append(word).append(") AND strpos(hazard_text(title, description, enterprise_name), lower(")
                    .append(word).append(")) > 0");
        }
        String after = cursor(p.get("cursor"));
        if (after != null && !p.containsKey("sort")) {
            sql.append(" AND (reported_at, id) < ").append(after);
        }
        String sort = p.getOrDefault("sort", "-reportedAt");
        String order = switch (sort) {
            case "reportedAt" -> "reported_at, id";
            case "deadline" -> "deadline NULLS LAST, id";
            case "-deadline" -> "deadline DESC NULLS LAST, id DESC";
            case "-level" -> "level DESC, reported_at DESC, id DESC";
            case "level" -> "level, reported_at DESC, id DESC";
            default -> "reported_at DESC, id DESC";
        };
        return sql.append(" ORDER BY ").append(order).append(" LIMIT 21").toString();
    }

    /**
     * The page's keyset as SQL, when the cursor is a newest-first one (base64 of "time|id" or "NEWEST|time|id"); null
     * for any other (the plan is then the first page's).
     */
    static String cursor(String token) {
        if (token == null) {
            return null;
        }
        try {
            byte[] decoded = Base64.getUrlDecoder().decode(token.replace('+', '-').replace('/', '_'));
            String[] parts = new String(decoded, StandardCharsets.UTF_8).split("\\|");
            // "time|id", or "NEWEST|time|id" where the cursor names its sort
            int at = parts.length == 3 && parts[0].equals("NEWEST") ? 1 : parts.length == 2 ? 0 : -1;
            return at >= 0 && parts[at + 1].matches("[0-9a-f-]{36}")
                    ? "(" + literal(parts[at]) + "::timestamptz, " + literal(parts[at + 1]) + "::uuid)" : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** A county's figures for a period: by status, level and industry, with overdue counts and the plans' funds. */
    static String statisticsSql(String county, String from, String to, LocalDate today) {
        return "SELECT h.status, h.level, h.industry, count(*), count(*) FILTER (WHERE h.deadline < " + literal(today.toString())
                + " AND h.status IN ('CONFIRMED', 'RECTIFYING')), sum(p.funds_yuan) FROM hazard h "
                + "LEFT JOIN rectification_plan p ON p.hazard_id = h.id AND p.revision = h.plan_revision "
                + "WHERE h.county_code = " + literal(county.substring(0, 6)) + " AND h.reported_at >= "
                + literal(from + " 00:00+08") + " AND h.reported_at < (" + literal(to + " 00:00+08")
                + "::timestamptz + interval '1 day') GROUP BY h.status, h.level, h.industry";
    }

    static String plan(Database db, String sql) {
        try {
            return db.query("EXPLAIN (ANALYZE, BUFFERS) " + sql).stream().map(r -> r[0]).collect(Collectors.joining("\n"));
        } catch (Exception e) {
            return "(EXPLAIN failed: " + e.getMessage() + ")";
        }
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
