package cn.hazardledger.notifyservice.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The JDK's HTTP client: connect and request timeouts, redirects never followed (a 3xx is a failed attempt: a
 * redirect could lead the signed event to a target the address rules never saw), HTTP/1.1 to any receiver.
 */
@ApplicationScoped
public class JdkHttpPost implements HttpPost {

    @Inject
    WebhookConfig config;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(config.http().connectTimeout()).build();
    }

    @Override
    public Answer post(URI uri, Map<String, String> headers, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(config.http().requestTimeout())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            // read no more than the log keeps: a receiver's large answer costs neither memory nor time
            int cap = config.http().responseSnippet();
            String snippet = text(in.readNBytes(cap * 4), cap);
            return new Answer(response.statusCode(), snippet, response.headers().firstValue("Location").orElse(null));
        }
    }

    /** At most {@code cap} characters of what may be UTF-8 cut mid-character, or binary. */
    static String text(byte[] bytes, int cap) {
        if (bytes.length == 0) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        // PostgreSQL text holds no NUL
        text = text.replace('\0', '\uFFFD');
        if (text.length() <= cap) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(cap - 1)) ? cap - 1 : cap;
        return text.substring(0, end);
    }
}
