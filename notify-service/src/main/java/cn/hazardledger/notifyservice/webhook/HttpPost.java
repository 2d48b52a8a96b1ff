package cn.hazardledger.notifyservice.webhook;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/** One HTTP POST, no redirects followed; the JDK client in production ({@link JdkHttpPost}). */
public interface HttpPost {

    /** @param snippet the start of the answer's body, at most webhooks.http.response-snippet characters */
    record Answer(int status, String snippet, String location) {
    }

    Answer post(URI uri, Map<String, String> headers, byte[] body) throws IOException, InterruptedException;
}
