package cn.hazardledger.launcher.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What came back: status, header fields (names in lower case), body; or, when nothing came back, why.
 *
 * @param failure null when an answer arrived, else what happened instead (reset, timeout)
 */
public record Response(int status, Map<String, List<String>> headers, byte[] body, String failure, long nanos) {

    public static Response failed(String failure, long nanos) {
        return new Response(0, Map.of(), new byte[0], failure, nanos);
    }

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
