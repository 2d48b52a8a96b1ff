package cn.hazardledger.launcher.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what java.net.http will not send: malformed request lines and headers, no
 * Host, contradictory framing, raw bytes in the target, huge URIs and headers, bodies the server cuts off. Text is
 * written as ISO-8859-1, so a char below 256 is the byte of that value. One request per connection.
 */
public final class RawHttp {

    private static final int MAX_BODY = 1 << 20;

    private RawHttp() {
    }

    public static byte[] wire(String requestLine, List<String> headerLines, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((requestLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        for (String h : headerLines) {
            out.writeBytes((h + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    /** A well-formed request from its parts: Host added, and Content-Length unless Transfer-Encoding is chunked. */
    public static byte[] compose(HostileRequest r) {
        List<String> headers = new ArrayList<>();
        headers.add("Host: localhost");
        boolean chunked = false;
        for (HostileRequest.Header h : r.headers()) {
            headers.add(h.name() + ": " + latin1(h.value()));
            chunked |= h.name().equalsIgnoreCase("Transfer-Encoding") && h.value().contains("chunked");
        }
        byte[] body = r.body();
        if (body != null && chunked) {
            body = chunked(body);
        } else if (body != null || !r.isRead()) {
            headers.add("Content-Length: " + (body == null ? 0 : body.length));
        }
        return wire(r.method() + " " + r.target() + " HTTP/1.1", headers, body);
    }

    /** A header value as UTF-8 bytes, each written as one ISO-8859-1 char. */
    private static String latin1(String value) {
        return new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    public static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int chunk = 64 * 1024;
        for (int at = 0; at < body.length; at += chunk) {
            int n = Math.min(chunk, body.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /**
     * Writes {@code bytes} and reads one response. Writing stops early when the server has answered already (a 413
     * before the body is through) or closed the connection; what it answered is still read.
     */
    public static Response exchange(String host, int port, byte[] bytes, boolean head, Duration timeout) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            try {
                int chunk = 64 * 1024;
                for (int at = 0; at < bytes.length; at += chunk) {
                    out.write(bytes, at, Math.min(chunk, bytes.length - at));
                    if (in.available() > 0) {
                        break;
                    }
                }
                out.flush();
            } catch (IOException closedWhileWriting) {
                // the server answered and closed before the whole request was written: read what it said
            }
            return read(in, head, start);
        } catch (SocketTimeoutException e) {
            return Response.failed("no answer within " + timeout.toSeconds() + " s", System.nanoTime() - start);
        } catch (IOException e) {
            return Response.failed("connection failed: " + e.getMessage(), System.nanoTime() - start);
        }
    }

    private static Response read(InputStream in, boolean head, long start) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            return Response.failed("connection closed without an answer", System.nanoTime() - start);
        }
        String[] parts = statusLine.split(" ", 3);
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (RuntimeException e) {
            return Response.failed("not an HTTP status line: " + statusLine, System.nanoTime() - start);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(h.substring(colon + 1).trim());
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = first(headers, "content-length");
        String encoding = first(headers, "transfer-encoding");
        if (head || status / 100 == 1 || status == 204 || status == 304) {
            // no body
        } else if (Transport.isEventStream(status, first(headers, "content-type"))) {
            // an open event stream: its body never ends, its status and headers are the answer (Transport)
        } else if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                copy(in, body, size);
                line(in);
            }
        } else if (length != null) {
            copy(in, body, Integer.parseInt(length.trim()));
        } else {
            try {
                in.transferTo(body);
            } catch (SocketTimeoutException e) {
                // a body without length ends when the connection does; a live one is taken as it is
            }
        }
        return new Response(status, headers, body.toByteArray(), null, System.nanoTime() - start);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> v = headers.get(name);
        return v == null ? null : v.get(0);
    }

    private static void copy(InputStream in, ByteArrayOutputStream to, int n) throws IOException {
        byte[] buffer = new byte[8192];
        int left = n;
        while (left > 0) {
            int read = in.read(buffer, 0, Math.min(buffer.length, left));
            if (read < 0) {
                break;
            }
            if (to.size() < MAX_BODY) {
                to.write(buffer, 0, read);
            }
            left -= read;
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                break;
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        if (c < 0 && b.size() == 0) {
            return null;
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }
}
