package cn.hazardledger.launcher.ledgerbench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed as its contract has it ({changes, next, more}), served by a stand-in, so the walk is checked before the endpoint exists. */
class ChangesBenchTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void walksTheFirstSyncToItsEndAndCatchesUpFromItsToken() throws Exception {
        Map<String, String> pages = Map.of(
                "", "{\"changes\":[{\"id\":\"a\",\"kind\":\"CHANGED\"},{\"id\":\"b\",\"kind\":\"CHANGED\"}],\"next\":\"t1\",\"more\":true}",
                "t1", "{\"changes\":[{\"id\":\"c\",\"kind\":\"GONE\"}],\"next\":\"t2\",\"more\":false}",
                "t2", "{\"changes\":[{\"id\":\"a\"},{\"id\":\"d\"},{\"id\":\"e\"}],\"next\":\"t3\",\"more\":false}");
        ChangesBench.Result r = bench(200, pages).run("500229101000", township -> 3);

        assertThat(r.available()).isTrue();
        assertThat(r.firstPageItems()).isEqualTo(2);
        assertThat(r.sync().pages()).isEqualTo(2);
        assertThat(r.sync().items()).isEqualTo(3);
        assertThat(r.sync().next()).isEqualTo("t2");
        assertThat(r.touched()).isEqualTo(3);
        assertThat(r.catchUp().items()).isEqualTo(3);
        assertThat(r.catchUp().pages()).isEqualTo(1);
        assertThat(r.catchUp().failure()).isNull();
    }

    @Test
    void anEndpointThatIsNotThereIsSkipped() throws Exception {
        ChangesBench.Result r = bench(404, Map.of()).run("500229101000", township -> {
            throw new AssertionError("nothing is stamped for a feed that is not there");
        });
        assertThat(r.available()).isFalse();
        assertThat(r.note()).contains("not available", "404");
    }

    private ChangesBench bench(int status, Map<String, String> pages) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hazards/changes", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            String since = query.contains("since=") ? query.replaceAll(".*since=([^&]*).*", "$1") : "";
            byte[] body = pages.getOrDefault(since, "{}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        return new ChangesBench(new BenchHttp("http://127.0.0.1:" + server.getAddress().getPort()),
                new BenchTokens(rsa.generateKeyPair().getPrivate()), 100);
    }
}
