package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Judges one answer to one hostile request. The rules:
 * <ul>
 * <li>no 5xx, and an answer at all;</li>
 * <li>no 2xx: every request the suite sends is wrong, so accepting it is a hole. The one exception is a read whose
 *     mutation cannot make it wrong, only different ({@link Expect#harmlessRead()}): a valid token of another region
 *     listing a collection is answered with that region's (empty) list, which reveals and changes nothing;</li>
 * <li>every status >= 400 is {@code application/problem+json} with a JSON body whose {@code status} equals the HTTP
 *     status and which has a {@code type} and a {@code title}; a {@code .../validation} problem has a non-empty
 *     {@code errors} whose items each have {@code field} and {@code reason};</li>
 * <li>the status is one the mutation calls for ({@link Expect#statuses()}); when the mutation targets a field or
 *     parameter, a 400 must be a validation problem naming it (or a field inside it);</li>
 * <li>a 405 carries {@code Allow}, a 401 carries {@code WWW-Authenticate};</li>
 * <li>nothing in the body or the headers looks like a stack trace or a Java class name.</li>
 * </ul>
 */
public final class Oracle {

    public static final String NO_ANSWER = "no-answer";
    public static final String SERVER_ERROR = "server-error";
    public static final String ACCEPTED = "accepted-though-wrong";
    public static final String NOT_PROBLEM_JSON = "not-problem-json";
    public static final String PROBLEM_INCOMPLETE = "problem-incomplete";
    public static final String VALIDATION_WITHOUT_ERRORS = "validation-without-errors";
    public static final String UNEXPECTED_STATUS = "unexpected-status";
    public static final String FIELD_NOT_NAMED = "field-not-named";
    public static final String NO_ALLOW = "405-without-allow";
    public static final String NO_WWW_AUTHENTICATE = "401-without-www-authenticate";
    public static final String LEAK = "stack-trace-or-class-name";
    public static final String DATABASE_CHANGED = "database-changed";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bat [\\w$./<>]+\\("),
            Pattern.compile("\\w(Exception|Error)\\b"),
            Pattern.compile("\\bException\\b"),
            Pattern.compile("\\bjava(x)?\\.[a-z]"),
            Pattern.compile("\\bjakarta\\.[a-z]"),
            Pattern.compile("\\bio\\.(quarkus|vertx|netty|smallrye)\\b"),
            Pattern.compile("\\borg\\.(hibernate|jboss|postgresql|apache|eclipse)\\b"),
            Pattern.compile("\\bcom\\.fasterxml\\b"),
            Pattern.compile("\\bcn\\.hazardledger\\."),
            Pattern.compile("\\.java:\\d+"),
            Pattern.compile("\"stack(Trace)?\"\\s*:"));

    public List<Violation> judge(HostileRequest r, Response response) {
        List<Violation> v = new ArrayList<>();
        if (response.failure() != null) {
            v.add(new Violation(NO_ANSWER, response.failure(), r, 0, ""));
            return v;
        }
        int status = response.status();
        String text = response.text();
        String excerpt = excerpt(text);
        leaks(r, response, excerpt, v);
        if (status >= 500) {
            v.add(new Violation(SERVER_ERROR, "answered " + status, r, status, excerpt));
        }
        if (status < 400) {
            boolean harmless = status / 100 == 2 && r.expect().harmlessRead() && r.isRead();
            if (!harmless) {
                v.add(new Violation(status / 100 == 2 ? ACCEPTED : UNEXPECTED_STATUS,
                        "answered " + status + " to a request it should refuse", r, status, excerpt));
            }
            return v;
        }
        String type = response.header("content-type");
        String media = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode problem = null;
        if (!media.equals("application/problem+json")) {
            v.add(new Violation(NOT_PROBLEM_JSON, "Content-Type " + (type == null ? "missing" : type), r, status, excerpt));
        }
        try {
            problem = text.isBlank() ? null : JSON.readTree(text);
        } catch (java.io.IOException e) {
            problem = null;
        }
        if (problem == null || !problem.isObject()) {
            if (media.equals("application/problem+json")) {
                v.add(new Violation(PROBLEM_INCOMPLETE, "the body is not a JSON object", r, status, excerpt));
            }
        } else if (media.equals("application/problem+json")) {
            List<String> missing = new ArrayList<>();
            if (problem.path("status").asInt(-1) != status) {
                missing.add("status " + problem.path("status") + " != " + status);
            }
            if (!problem.path("type").isTextual() || problem.path("type").asText().isBlank()) {
                missing.add("no type");
            }
            if (!problem.path("title").isTextual() || problem.path("title").asText().isBlank()) {
                missing.add("no title");
            }
            if (!missing.isEmpty()) {
                v.add(new Violation(PROBLEM_INCOMPLETE, String.join(", ", missing), r, status, excerpt));
            }
        }
        boolean validation = problem != null && problem.path("type").asText("").endsWith("/validation");
        if (validation && !wellFormedErrors(problem.path("errors"))) {
            v.add(new Violation(VALIDATION_WITHOUT_ERRORS, "errors missing, empty or without field/reason", r, status, excerpt));
        }
        if (status < 500 && !r.expect().statuses().contains(status)) {
            v.add(new Violation(UNEXPECTED_STATUS, "expected " + r.expect().statuses() + ", answered " + status, r, status, excerpt));
        } else if (status == 400 && r.expect().field() != null && media.equals("application/problem+json")
                && !names(problem, r.expect().field())) {
            v.add(new Violation(FIELD_NOT_NAMED, "a 400 that does not name " + r.expect().field().replace("|", " or "),
                    r, status, excerpt));
        }
        if (status == 405 && response.header("allow") == null) {
            v.add(new Violation(NO_ALLOW, "405 without Allow", r, status, excerpt));
        }
        if (status == 401 && response.header("www-authenticate") == null) {
            v.add(new Violation(NO_WWW_AUTHENTICATE, "401 without WWW-Authenticate", r, status, excerpt));
        }
        return v;
    }

    private static boolean wellFormedErrors(JsonNode errors) {
        if (!errors.isArray() || errors.isEmpty()) {
            return false;
        }
        for (JsonNode e : errors) {
            if (!e.path("field").isTextual() || e.path("field").asText().isBlank() || !e.path("reason").isTextual()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The problem is a validation problem and one of its errors names {@code field} or something inside it. Case,
     * '-' and '_' are ignored, so that a header named {@code idempotencyKey} counts as naming Idempotency-Key.
     */
    static boolean names(JsonNode problem, String field) {
        if (problem == null || !problem.path("type").asText("").endsWith("/validation")) {
            return false;
        }
        for (String alternative : field.split("\\|")) {
            String want = loose(alternative);
            for (JsonNode e : problem.path("errors")) {
                String named = loose(e.path("field").asText(""));
                if (named.equals(want) || named.startsWith(want + ".") || named.startsWith(want + "[")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String loose(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    private static void leaks(HostileRequest r, Response response, String excerpt, List<Violation> v) {
        StringBuilder everything = new StringBuilder(response.text());
        for (Map.Entry<String, List<String>> h : response.headers().entrySet()) {
            everything.append('\n').append(h.getKey()).append(": ").append(String.join(", ", h.getValue()));
        }
        for (Pattern p : LEAKS) {
            java.util.regex.Matcher m = p.matcher(everything);
            if (m.find()) {
                int from = Math.max(0, m.start() - 40);
                String around = everything.substring(from, Math.min(everything.length(), m.end() + 60)).replace('\n', ' ');
                v.add(new Violation(LEAK, "matches /" + p.pattern() + "/: ..." + around + "...", r, response.status(), excerpt));
                return;
            }
        }
    }

    static String excerpt(String text) {
        String t = text.replaceAll("\\s+", " ").trim();
        return t.length() > 240 ? t.substring(0, 240) + "..." : t;
    }
}
