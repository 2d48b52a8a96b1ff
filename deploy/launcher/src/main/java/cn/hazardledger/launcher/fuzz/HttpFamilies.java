package cn.hazardledger.launcher.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile HTTP, the same for every operation: methods the path does not declare, wrong content types and Accept,
 * and (over a raw socket) malformed request lines, missing or doubled Host, broken header syntax, contradictory
 * framing, huge URIs and headers, and mis-encoded paths.
 */
public final class HttpFamilies {

    private HttpFamilies() {
    }

    public static final List<Family> ALL = List.of(
            new Family("http.method", "each method the path does not declare, and unknown ones", HttpFamilies::method),
            new Family("http.content-type", "the valid body without Content-Type, or as text, XML, form, */* ...",
                    HttpFamilies::contentType),
            new Family("http.accept", "Accept of a type the API does not produce", HttpFamilies::accept),
            new Family("http.request-line", "malformed request lines and the * target", HttpFamilies::requestLine),
            new Family("http.host", "no Host, two Host headers, an invalid Host", HttpFamilies::host),
            // not sent: obs-fold, NUL or bare CR in a value, a tab for a space in the request line: RFC 9110/9112
            // let a server replace or accept those, so refusing them cannot be required
            new Family("http.header-syntax", "header lines without colon, with a space in or after the name, a non-token name",
                    HttpFamilies::headerSyntax),
            new Family("http.framing", "Content-Length with Transfer-Encoding, two lengths, negative, unknown coding",
                    HttpFamilies::framing),
            new Family("http.huge-uri", "a 10 KB path and a 10 KB query", HttpFamilies::hugeUri),
            new Family("http.huge-headers", "one 20 KB header, 300 headers", HttpFamilies::hugeHeaders),
            new Family("http.path-encoding", "overlong UTF-8, invalid escapes and raw bytes in the path", HttpFamilies::pathEncoding));

    private static final List<String> STANDARD = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private static List<HostileRequest> method(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (String m : STANDARD) {
            if (!m.equals(t.op().method()) && !t.op().otherMethods().contains(m)) {
                Draft d = t.draft().method(m);
                if (m.equals("GET") || m.equals("DELETE")) {
                    d.noBody();
                }
                out.add(d.as("http.method", m + " " + t.op().path(), Expect.status(405)));
            }
        }
        out.add(t.draft().method("TRACE").noBody().as("http.method", "TRACE", Expect.status(405, 501)));
        out.add(t.draft().method("HOSTILE").as("http.method", "unknown method HOSTILE", Expect.status(400, 405, 501)));
        return out;
    }

    private static List<HostileRequest> contentType(Target t) {
        if (t.op().body() == null) {
            return List.of();
        }
        List<HostileRequest> out = new ArrayList<>();
        out.add(t.draft().without("Content-Type").as("http.content-type", "a JSON body without Content-Type",
                Expect.status(400, 415)));
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=hostile", "application/octet-stream", "application/jsonx",
                "application/problem+json", "text/json")) {
            out.add(t.draft().header("Content-Type", type).as("http.content-type", "Content-Type " + type, Expect.status(415)));
        }
        // not sent: application/json with a charset parameter; RFC 8259 defines none and says it has no effect
        for (String type : List.of("*/*", "application/*", "json", "application/json, text/plain")) {
            out.add(t.draft().header("Content-Type", type).as("http.content-type", "Content-Type " + type,
                    Expect.status(400, 415)));
        }
        out.add(t.draft().header("Content-Type", "").socket().as("http.content-type", "an empty Content-Type",
                Expect.status(400, 415)));
        return out;
    }

    private static List<HostileRequest> accept(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        for (String type : List.of("application/xml", "text/html", "image/png")) {
            if (t.op().produces().contains(type)) {
                continue;   // what it answers is acceptable, not hostile
            }
            out.add(t.draft().header("Accept", type).as("http.accept", "Accept " + type, Expect.status(406)));
        }
        return out;
    }

    /** The draft's request as raw lines, for families that break the HTTP syntax itself. */
    private static List<String> lines(Draft d) {
        List<String> headers = new ArrayList<>();
        headers.add("Host: localhost");
        d.headers().forEach(h -> headers.add(h.name() + ": " + h.value()));
        if (d.body() != null) {
            headers.add("Content-Length: " + d.body().length);
        }
        return headers;
    }

    private static HostileRequest wire(Target t, Draft d, String family, String mutation, String requestLine,
                                       List<String> headers, byte[] body, Expect expect) {
        return d.wire(family, mutation, t.op().method(), d.target() + " (raw: " + mutation + ")",
                RawHttp.wire(requestLine, headers, body), expect);
    }

    private static List<HostileRequest> requestLine(Target t) {
        Draft d = t.draft();
        String m = t.op().method();
        String target = d.target();
        List<HostileRequest> out = new ArrayList<>();
        String[][] variants = {
                {"a fourth token", m + " " + target + " HTTP/1.1 extra", "400"},
                {"version HTTP/1.1x", m + " " + target + " HTTP/1.1x", "400,505"},
                {"version HTTP/x.y", m + " " + target + " HTTP/x.y", "400,505"},
                {"no version", m + " " + target, "400,505"},
                {"lower-case method", m.toLowerCase(java.util.Locale.ROOT) + " " + target + " HTTP/1.1", "400,405,501"},
                {"method with a separator", m + "(x) " + target + " HTTP/1.1", "400,405,501"},
                {"target without a slash", m + " " + target.substring(1) + " HTTP/1.1", "400,404"},
                {"the * target", m + " * HTTP/1.1", "400,404,405"},
                {"a NUL in the target", m + " " + target + "\u0000x HTTP/1.1", "400"},
                {"a space in the target", m + " " + target + " x HTTP/1.1", "400"},
        };
        for (String[] v : variants) {
            out.add(wire(t, d, "http.request-line", v[0], v[1], lines(d), d.body(), statuses(v[2])));
        }
        return out;
    }

    static Expect statuses(String csv) {
        String[] parts = csv.split(",");
        int[] s = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            s[i] = Integer.parseInt(parts[i]);
        }
        return Expect.status(s);
    }

    private static List<HostileRequest> host(Target t) {
        Draft d = t.draft();
        String line = t.op().method() + " " + d.target() + " HTTP/1.1";
        List<HostileRequest> out = new ArrayList<>();
        List<String> noHost = new ArrayList<>(lines(d));
        noHost.remove(0);
        out.add(wire(t, d, "http.host", "no Host", line, noHost, d.body(), Expect.status(400)));
        List<String> twoHosts = new ArrayList<>(lines(d));
        twoHosts.add(1, "Host: elsewhere.example");
        out.add(wire(t, d, "http.host", "two Host headers", line, twoHosts, d.body(), Expect.status(400)));
        List<String> badHost = new ArrayList<>(lines(d));
        badHost.set(0, "Host: bad host/name?");
        out.add(wire(t, d, "http.host", "an invalid Host", line, badHost, d.body(), Expect.status(400)));
        return out;
    }

    private static List<HostileRequest> headerSyntax(Target t) {
        Draft d = t.draft();
        String line = t.op().method() + " " + d.target() + " HTTP/1.1";
        String[][] variants = {
                {"a line without colon", "X-Hostile no colon"},
                {"a space in the name", "X Hostile: x"},
                {"a space before the colon", "X-Hostile : x"},
                {"a non-ASCII name", "X-H\u00e9: x"},
                {"an empty name", ": x"},
        };
        List<HostileRequest> out = new ArrayList<>();
        for (String[] v : variants) {
            List<String> headers = new ArrayList<>(lines(d));
            headers.add(1, v[1]);
            out.add(wire(t, d, "http.header-syntax", v[0], line, headers, d.body(), Expect.status(400)));
        }
        return out;
    }

    private static List<HostileRequest> framing(Target t) {
        Draft d = t.draft();
        if (d.body() == null) {
            return List.of();
        }
        String line = t.op().method() + " " + d.target() + " HTTP/1.1";
        byte[] body = d.body();
        byte[] chunked = RawHttp.chunked(body);
        List<HostileRequest> out = new ArrayList<>();
        List<String> base = new ArrayList<>(lines(d));
        base.removeIf(h -> h.startsWith("Content-Length"));
        // not sent: Content-Length with Transfer-Encoding: chunked. The HTTP decoder drops Content-Length and reads
        // the body chunked, as RFC 9112 §6.3 allows, so the request is the valid one it would be without it.
        out.add(wire(t, d, "http.framing", "two different Content-Length", line,
                plus(base, "Content-Length: " + body.length, "Content-Length: " + (body.length + 1)), body, Expect.status(400)));
        out.add(wire(t, d, "http.framing", "Content-Length: -1", line, plus(base, "Content-Length: -1"), body,
                Expect.status(400)));
        out.add(wire(t, d, "http.framing", "Content-Length: abc", line, plus(base, "Content-Length: abc"), body,
                Expect.status(400)));
        out.add(wire(t, d, "http.framing", "Content-Length: 1e3", line, plus(base, "Content-Length: 1e3"), body,
                Expect.status(400)));
        out.add(wire(t, d, "http.framing", "Transfer-Encoding: gzip, chunked", line,
                plus(base, "Transfer-Encoding: gzip, chunked"), chunked, Expect.status(400)));
        out.add(wire(t, d, "http.framing", "Transfer-Encoding: hostile", line,
                plus(base, "Transfer-Encoding: hostile"), body, Expect.status(400)));
        // not sent: a chunk size that is not hex. The decoder fails in the middle of a request whose head was fine,
        // and Vert.x closes the connection without an answer; no application code runs (README, "Faults").
        return out;
    }

    private static List<String> plus(List<String> base, String... more) {
        List<String> l = new ArrayList<>(base);
        l.addAll(List.of(more));
        return l;
    }

    private static List<HostileRequest> hugeUri(Target t) {
        Draft d = t.draft();
        String path = d.target().split("\\?")[0];
        List<HostileRequest> out = new ArrayList<>();
        out.add(t.draft().path(path + "/" + "a".repeat(10_000)).socket().as("http.huge-uri", "path + 10 KB",
                Expect.status(414)));
        out.add(t.draft().query("hostile", "a".repeat(10_000)).socket().as("http.huge-uri", "query of 10 KB",
                Expect.status(414)));
        return out;
    }

    private static List<HostileRequest> hugeHeaders(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        out.add(t.draft().header("X-Hostile", "a".repeat(20_000)).socket().as("http.huge-headers", "one header of 20 KB",
                Expect.status(431)));
        Draft many = t.draft().socket();
        for (int i = 0; i < 300; i++) {
            many.addHeader("X-Hostile-" + i, "b".repeat(100));
        }
        out.add(many.as("http.huge-headers", "300 headers of 100 bytes", Expect.status(431)));
        return out;
    }

    private static List<HostileRequest> pathEncoding(Target t) {
        Draft d = t.draft();
        String path = d.target().split("\\?")[0];
        List<HostileRequest> out = new ArrayList<>();
        // invalid UTF-8 and invalid escapes make a malformed request (400), not a path to look up
        String[][] variants = {
                {"overlong ../ appended", path + "/%C0%AE%C0%AE%C0%AF", "400"},
                {"overlong ../ first", "/%C0%AE%C0%AE%C0%AF" + path, "400"},
                {"overlong . inside", path.replaceFirst("/", "/%C0%AE"), "400"},
                {"%FF appended", path + "/%FF", "400"},
                {"%zz appended", path + "/%zz", "400"},
                {"a lone % appended", path + "/%", "400"},
                {"raw byte 0xFF appended", path + "/\u00ff", "400"},
                {"%00 appended", path + "%00", "400,404,405"},
                {"encoded slash inside", path.replaceFirst("/", "/%2F"), "400,404,405"},
        };
        for (String[] v : variants) {
            out.add(t.draft().path(v[1]).socket().as("http.path-encoding", v[0], statuses(v[2])));
        }
        return out;
    }
}
