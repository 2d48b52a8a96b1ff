package cn.hazardledger.launcher.fuzz;

/**
 * One broken rule, for one request (or, for {@link Oracle#DATABASE_CHANGED}, for the whole run).
 *
 * @param kind    a stable name, e.g. {@code server-error}: the report groups by it
 * @param detail  what exactly was wrong
 * @param request the request, or null for a database change
 * @param status  the HTTP status, 0 when there was none
 * @param excerpt the start of the body, or the failure
 */
public record Violation(String kind, String detail, HostileRequest request, int status, String excerpt) {

    public String describe() {
        if (request == null) {
            return kind + ": " + detail;
        }
        return kind + ": " + detail + "\n      " + request.summary() + "\n      family " + request.family() + ", mutation "
                + request.mutation() + "\n      expected " + request.expect() + ", got "
                + (status == 0 ? "no answer" : String.valueOf(status)) + (excerpt.isEmpty() ? "" : ": " + excerpt);
    }
}
