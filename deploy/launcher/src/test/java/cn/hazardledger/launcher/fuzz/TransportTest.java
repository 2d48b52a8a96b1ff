package cn.hazardledger.launcher.fuzz;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** An opened event stream is answered by its status and headers, over java.net.http and over a raw socket alike. */
class TransportTest {

    private HttpServer server;
    private final CountDownLatch stop = new CountDownLatch(1);

    @BeforeEach
    void endlessStream() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/inbox/stream", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                while (stop.getCount() > 0) {
                    body.write(":keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                    body.flush();
                    stop.await(50, java.util.concurrent.TimeUnit.MILLISECONDS);
                }
            } catch (IOException | InterruptedException clientWentAway) {
                // what the transport does with a stream
            }
        });
        server.start();
    }

    @AfterEach
    void close() {
        stop.countDown();
        server.stop(0);
    }

    @Test
    void anOpenedEventStreamIsAnsweredByItsStatusAndHeaders() {
        Transport transport = new Transport(Map.of("notify", server.getAddress().getPort()));
        for (boolean socket : List.of(false, true)) {
            HostileRequest r = new HostileRequest("notify", "notify GET /inbox/stream", "auth.out-of-region",
                    "TOWNSHIP of 500240214000", "GET", "/inbox/stream",
                    List.of(new HostileRequest.Header("Accept", "text/event-stream")), null, null, socket, Expect.status(403));
            Response answer = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> transport.send(r));
            assertThat(answer.failure()).isNull();
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("content-type")).isEqualTo("text/event-stream");
        }
    }

    @Test
    void eventStreamsAreToldByStatusAndType() {
        assertThat(Transport.isEventStream(200, "text/event-stream")).isTrue();
        assertThat(Transport.isEventStream(200, "Text/Event-Stream;charset=UTF-8")).isTrue();
        assertThat(Transport.isEventStream(400, "text/event-stream")).isFalse();
        assertThat(Transport.isEventStream(200, "application/json")).isFalse();
        assertThat(Transport.isEventStream(200, null)).isFalse();
    }
}
