package cn.hazardledger.notifyservice.webhook;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A live HTTP receiver on 127.0.0.1 that records what it is sent and answers as a test scripts it. */
final class Receiver implements AutoCloseable {

    /** One request as received: its headers (lower-case names), body and the time it arrived. */
    record Received(Map<String, String> headers, String body, long receivedNanos, long receivedMillis) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> script = new ArrayDeque<>();
    private volatile int otherwise = 200;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            long nanos = System.nanoTime();
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            received.add(new Received(headers, new String(body, StandardCharsets.UTF_8), nanos, System.currentTimeMillis()));
            int status;
            synchronized (script) {
                status = script.isEmpty() ? otherwise : script.poll();
            }
            byte[] answer = (status < 300 ? "ok" : "服务暂不可用 " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next answers, in order; after them {@link #otherwise}. */
    Receiver answering(Integer... statuses) {
        synchronized (script) {
            script.addAll(List.of(statuses));
        }
        return this;
    }

    Receiver otherwise(int status) {
        otherwise = status;
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> about(String eventId) {
        return received.stream().filter(r -> eventId.equals(r.header("webhook-id"))).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
