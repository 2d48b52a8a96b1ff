package cn.hazardledger.launcher.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * docs/access.md read as data: every table whose header starts {@code | service | method | path |} and then names
 * roles (and {@code no token}) is a list of rows, one per operation, each cell the outcome for that column's caller.
 * The notation is explained at the top of that file.
 */
public final class AccessMatrix {

    /** The column of callers without a token. */
    public static final String NO_TOKEN = "no token";

    /** What a cell says. */
    public enum Cell {
        /** allowed; an object outside the caller's region is 404 */
        ALLOWED("✓"),
        /** the role is admitted, but a side rule may refuse this object with a 403 that says why; outside 404 */
        SIDE("✓*"),
        /** allowed on the caller's own objects; another party's object in the region and one outside it: 404 */
        OWN("own"),
        /** a side rule on the caller's own objects */
        OWN_SIDE("own*"),
        /** the role is refused */
        FORBIDDEN("403"),
        /** no token or a bad one */
        UNAUTHENTICATED("401"),
        /** open to whoever holds the object's own secret (a public report's X-Report-Secret), whatever their token: without it 404 */
        SECRET("secret");

        final String text;

        Cell(String text) {
            this.text = text;
        }

        public boolean admitted() {
            return this == ALLOWED || this == SIDE || this == OWN || this == OWN_SIDE;
        }

        public boolean own() {
            return this == OWN || this == OWN_SIDE;
        }

        public boolean side() {
            return this == SIDE || this == OWN_SIDE;
        }

        static Cell of(String text, int line) {
            for (Cell c : values()) {
                if (c.text.equals(text)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("line " + line + ": unknown cell '" + text + "' (one of ✓, ✓*, own, own*, 403, 401, secret)");
        }
    }

    /** One operation and its cells by column (role names as written, and {@link #NO_TOKEN}), in column order. */
    public record Row(String service, String method, String path, Map<String, Cell> cells, int line) {

        public String key() {
            return service + " " + method + " " + path;
        }
    }

    private final List<Row> rows;

    private AccessMatrix(List<Row> rows) {
        this.rows = rows;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The columns of callers (roles and {@link #NO_TOKEN}), as the first table names them. */
    public List<String> columns() {
        return rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).cells().keySet());
    }

    public static AccessMatrix parse(String markdown) {
        List<Row> rows = new ArrayList<>();
        List<String> columns = null;
        Map<String, Integer> seen = new LinkedHashMap<>();
        String[] lines = markdown.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (!line.startsWith("|")) {
                columns = null;
                continue;
            }
            List<String> cells = cells(line);
            if (cells.size() >= 3 && cells.get(0).equalsIgnoreCase("service") && cells.get(1).equalsIgnoreCase("method")
                    && cells.get(2).equalsIgnoreCase("path")) {
                columns = new ArrayList<>();
                for (String c : cells.subList(3, cells.size())) {
                    if (c.equalsIgnoreCase("note")) {
                        break;
                    }
                    columns.add(c);
                }
                if (!columns.contains(NO_TOKEN)) {
                    throw new IllegalArgumentException("line " + number + ": the table has no '" + NO_TOKEN + "' column");
                }
                continue;
            }
            if (columns == null || cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
                continue;
            }
            if (cells.size() < 3 + columns.size()) {
                throw new IllegalArgumentException("line " + number + ": " + cells.size() + " cells, the header names "
                        + (3 + columns.size()));
            }
            String method = cells.get(1).toUpperCase(Locale.ROOT);
            String path = unquote(cells.get(2));
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("line " + number + ": the path '" + path + "' does not start with /");
            }
            Map<String, Cell> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = Cell.of(cells.get(3 + c), number);
                boolean noToken = columns.get(c).equals(NO_TOKEN);
                // the no-token column: 401, or ✓ for an endpoint open to callers without a token (a public report), or
                // secret for one open to whoever holds the object's secret
                if (noToken ? cell != Cell.UNAUTHENTICATED && cell != Cell.ALLOWED && cell != Cell.SECRET
                        : cell == Cell.UNAUTHENTICATED) {
                    throw new IllegalArgumentException("line " + number + ": '" + cell.text + "' in column " + columns.get(c)
                            + " (401 is the no-token column's, and only its; there it may also be ✓, an open endpoint, or secret)");
                }
                byColumn.put(columns.get(c), cell);
            }
            Row row = new Row(cells.get(0), method, path, Map.copyOf(byColumn), number);
            Integer earlier = seen.put(row.key(), number);
            if (earlier != null) {
                throw new IllegalArgumentException("line " + number + ": " + row.key() + " is already on line " + earlier);
            }
            rows.add(new Row(row.service(), method, path, java.util.Collections.unmodifiableMap(byColumn), number));
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no table with the header | service | method | path | ...");
        }
        return new AccessMatrix(List.copyOf(rows));
    }

    /** The operations of the documents without a row, and the rows without an operation, as "service METHOD path". */
    public record Coverage(List<String> missingRows, List<String> unknownOperations) {
        public boolean complete() {
            return missingRows.isEmpty() && unknownOperations.isEmpty();
        }
    }

    public Coverage coverage(List<Operation> operations) {
        java.util.Set<String> documented = new java.util.LinkedHashSet<>();
        operations.forEach(o -> documented.add(o.key()));
        java.util.Set<String> tabled = new java.util.LinkedHashSet<>();
        rows.forEach(r -> tabled.add(r.key()));
        List<String> missing = documented.stream().filter(k -> !tabled.contains(k)).toList();
        List<String> unknown = tabled.stream().filter(k -> !documented.contains(k)).toList();
        return new Coverage(missing, unknown);
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
        List<String> out = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    private static String unquote(String s) {
        return s.startsWith("`") && s.endsWith("`") && s.length() >= 2 ? s.substring(1, s.length() - 1) : s;
    }
}
