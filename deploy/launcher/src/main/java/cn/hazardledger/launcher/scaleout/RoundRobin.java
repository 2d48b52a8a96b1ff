package cn.hazardledger.launcher.scaleout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The scale-out drill's own load balancer, as a Kubernetes Service is one: each new TCP connection goes to the next
 * replica in turn, and a replica that refuses the connection (stopped) is skipped. Requests are not looked at. A
 * connection idle for {@link #IDLE} is closed, so that a client's kept-alive connections are spread again after a
 * replica comes back, as a Service's connection tracking forgets idle flows; a client that sends on a connection as
 * it is closed sees an I/O error and sends again (the drill's writes carry an Idempotency-Key). A connection whose
 * last bytes came from the client is waiting for its answer and is never idle.
 */
final class RoundRobin implements AutoCloseable {

    static final int IDLE = 2_000;

    private final String name;
    private final List<Integer> backends;
    private final ServerSocket listener;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLongArray connections;
    private final ExecutorService pipes = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "round-robin-pipe");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean open = true;

    RoundRobin(String name, List<Integer> backends) throws IOException {
        this.name = name;
        this.backends = List.copyOf(backends);
        this.connections = new AtomicLongArray(backends.size());
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress("127.0.0.1", 0));
        Thread accept = new Thread(this::accept, "round-robin-" + name);
        accept.setDaemon(true);
        accept.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + listener.getLocalPort() + path;
    }

    /** Connections handed to each replica so far, in the order of the replicas. */
    long[] connections() {
        long[] n = new long[backends.size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = connections.get(i);
        }
        return n;
    }

    private void accept() {
        while (open) {
            try {
                Socket client = listener.accept();
                pipes.submit(() -> forward(client));
            } catch (IOException e) {
                if (open) {
                    System.err.println("round-robin " + name + ": accept failed: " + e);
                }
            }
        }
    }

    private void forward(Socket client) {
        Socket backend = connect();
        if (backend == null) {
            close(client);
            return;
        }
        try {
            client.setTcpNoDelay(true);
            backend.setTcpNoDelay(true);
            client.setSoTimeout(IDLE);
            backend.setSoTimeout(IDLE);
        } catch (IOException e) {
            close(client);
            close(backend);
            return;
        }
        Flow flow = new Flow();
        pipes.submit(() -> pipe(backend, client, flow, false));
        pipe(client, backend, flow, true);
    }

    /** The next replica that accepts a connection, trying each once; null when none does. */
    private Socket connect() {
        for (int tried = 0; tried < backends.size(); tried++) {
            int i = Math.floorMod(next.getAndIncrement(), backends.size());
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress("127.0.0.1", backends.get(i)), 1_000);
                connections.incrementAndGet(i);
                return s;
            } catch (IOException refused) {
                close(s);
            }
        }
        return null;
    }

    /** When a flow last carried bytes, and whether they were a client's (a request waiting for its answer). */
    private static final class Flow {
        private long lastByte = System.nanoTime();
        private boolean clientSpokeLast;

        synchronized void carried(boolean fromClient) {
            lastByte = System.nanoTime();
            clientSpokeLast = fromClient;
        }

        synchronized boolean idle() {
            return !clientSpokeLast && System.nanoTime() - lastByte >= TimeUnit.MILLISECONDS.toNanos(IDLE);
        }
    }

    private static void pipe(Socket from, Socket to, Flow flow, boolean fromClient) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (SocketTimeoutException quiet) {
                    if (flow.idle()) {
                        break;
                    }
                    continue;
                }
                if (n < 0) {
                    break;
                }
                flow.carried(fromClient);
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException closed) {
            // either side went away: both are closed below, as a balancer drops a broken flow
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        pipes.shutdownNow();
    }
}
