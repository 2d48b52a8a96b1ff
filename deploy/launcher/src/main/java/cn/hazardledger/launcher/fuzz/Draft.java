package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A mutable copy of a {@link Baseline} that a mutation changes in one place and then turns into a {@link HostileRequest}. */
public final class Draft {

    static final ObjectMapper JSON = new ObjectMapper();
    public static final String JSON_TYPE = "application/json";

    private final Target target;
    private String method;
    private String path;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final List<String[]> query = new ArrayList<>();
    private final List<HostileRequest.Header> headers = new ArrayList<>();
    private byte[] body;
    private boolean socket;

    Draft(Target target) {
        this.target = target;
        Baseline base = target.base();
        this.method = base.op().method();
        this.path = base.op().path();
        base.pathValues().forEach((k, v) -> pathValues.put(k, Urls.encode(v)));
        base.query().forEach((k, v) -> query.add(new String[]{k, Urls.encode(v)}));
        headers.add(new HostileRequest.Header("Accept", base.op().accept()));
        if (base.op().secured()) {
            headers.add(new HostileRequest.Header("Authorization", "Bearer " + base.token()));
        }
        base.headers().forEach((k, v) -> headers.add(new HostileRequest.Header(k,
                k.equals(Baseline.IDEMPOTENCY_KEY) ? "hostile-" + Values.uuid(target.rnd()) : v)));
        if (base.body() != null) {
            json(base.body());
        } else if (base.form() != null) {
            form(base.form());
        }
    }

    public Draft method(String m) {
        this.method = m;
        return this;
    }

    public Draft path(String template) {
        this.path = template;
        return this;
    }

    /** Sets a path parameter to an already encoded (or deliberately mis-encoded) value. */
    public Draft pathValue(String name, String encoded) {
        pathValues.put(name, encoded);
        return this;
    }

    /** Sets a query parameter to an already encoded value, replacing any earlier one of that name. */
    public Draft query(String name, String encoded) {
        query.removeIf(q -> q[0].equals(name));
        query.add(new String[]{name, encoded});
        return this;
    }

    public Draft withoutQuery(String name) {
        query.removeIf(q -> q[0].equals(name));
        return this;
    }

    public Draft header(String name, String value) {
        without(name);
        headers.add(new HostileRequest.Header(name, value));
        return this;
    }

    public Draft addHeader(String name, String value) {
        headers.add(new HostileRequest.Header(name, value));
        return this;
    }

    public Draft without(String name) {
        headers.removeIf(h -> h.name().equalsIgnoreCase(name));
        return this;
    }

    public String header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(HostileRequest.Header::value)
                .findFirst().orElse(null);
    }

    public List<HostileRequest.Header> headers() {
        return List.copyOf(headers);
    }

    public Draft json(JsonNode node) {
        try {
            return text(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A body of JSON text (possibly broken) sent as application/json. */
    public Draft text(String json) {
        return bytes(json.getBytes(StandardCharsets.UTF_8));
    }

    public Draft bytes(byte[] bytes) {
        this.body = bytes;
        if (header("Content-Type") == null) {
            headers.add(new HostileRequest.Header("Content-Type", JSON_TYPE));
        }
        return this;
    }

    /** An upload: the form's parts as multipart/form-data. */
    public Draft form(Form form) {
        header("Content-Type", Form.CONTENT_TYPE);
        return bytes(form.bytes());
    }

    public Draft noBody() {
        this.body = null;
        return without("Content-Type");
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }

    public Draft socket() {
        this.socket = true;
        return this;
    }

    public String method() {
        return method;
    }

    /** The request target: the path with its values filled in, then the query. */
    public String target() {
        String p = path;
        for (Map.Entry<String, String> e : pathValues.entrySet()) {
            p = p.replace("{" + e.getKey() + "}", e.getValue());
        }
        if (query.isEmpty()) {
            return p;
        }
        StringBuilder t = new StringBuilder(p).append('?');
        for (int i = 0; i < query.size(); i++) {
            t.append(i == 0 ? "" : "&").append(query.get(i)[0]).append('=').append(query.get(i)[1]);
        }
        return t.toString();
    }

    public HostileRequest as(String family, String mutation, Expect expect) {
        return new HostileRequest(target.op().service(), target.op().key(), family, mutation, method, target(),
                List.copyOf(headers), body, null, socket, adjust(expect));
    }

    /** A request given as exact bytes; {@code shownAs} is the request line for the report. */
    public HostileRequest wire(String family, String mutation, String shownMethod, String shownTarget, byte[] wire,
                               Expect expect) {
        return new HostileRequest(target.op().service(), target.op().key(), family, mutation, shownMethod, shownTarget,
                List.copyOf(headers), body, wire, true, adjust(expect));
    }

    /** Without a real object behind the path, "not found" is a truthful answer to anything. */
    private Expect adjust(Expect expect) {
        return target.base().realObject() ? expect : expect.or(404);
    }
}
