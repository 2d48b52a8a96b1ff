package cn.hazardledger.launcher.scaleout;

import cn.hazardledger.launcher.LocalSystem;
import cn.hazardledger.launcher.Ports;
import cn.hazardledger.launcher.ServiceProcess;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The replicas of one service, each its own process on its own port, and the {@link RoundRobin} in front of them.
 * Each replica's counters are read before it stops ({@link Figures}), so that a replica that is stopped and started
 * again is counted over both of its lives.
 */
final class Replicas implements AutoCloseable {

    private final String service;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final List<Figures> counted = new ArrayList<>();
    private final RoundRobin balancer;

    Replicas(LocalSystem system, String service, int count, Map<String, String> env) throws IOException {
        this.service = service;
        List<Integer> ports = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int port = Ports.freePort();
            ports.add(port);
            processes.add(system.replica(service, name(i - 1, service), port, env));
            counted.add(Figures.NONE);
        }
        balancer = new RoundRobin(service, ports);
    }

    static String name(int index, String service) {
        return service + "-" + (char) ('a' + index);
    }

    String service() {
        return service;
    }

    int size() {
        return processes.size();
    }

    String name(int index) {
        return name(index, service);
    }

    /** The service as its callers see it: through the round-robin. */
    String url(String path) {
        return balancer.url(path);
    }

    void start() throws IOException {
        for (ServiceProcess p : processes) {
            p.start();
        }
    }

    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        for (ServiceProcess p : processes) {
            p.awaitReady(timeout);
        }
    }

    /**
     * SIGTERM without waiting ({@link #awaitStopped}), as Kubernetes stops a pod: requests in hand are finished, the
     * consumers leave their groups. Its counters are read first: what it does while stopping is not counted.
     */
    void askToStop(int index) {
        count(index);
        processes.get(index).askToStop();
    }

    void awaitStopped(int index) throws InterruptedException {
        processes.get(index).stop();
    }

    /** SIGKILL, as a node failure or an OOM kill: nothing is finished, the group waits out the session. */
    void kill(int index) throws InterruptedException {
        count(index);
        processes.get(index).kill();
    }

    void startAgain(int index) throws IOException {
        processes.get(index).start();
    }

    /** Waits for replica {@code index} to be ready; answers the time since it was started. */
    Duration awaitReady(int index, Duration timeout) throws IOException, InterruptedException {
        return processes.get(index).awaitReady(timeout);
    }

    /** Each replica's figures over all its lives, read now. */
    List<Figures> figures() {
        List<Figures> all = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            ServiceProcess p = processes.get(i);
            all.add(p.isRunning() ? counted.get(i).plus(Figures.read(p.url("/q/metrics"))) : counted.get(i));
        }
        return all;
    }

    long[] connections() {
        return balancer.connections();
    }

    private void count(int index) {
        ServiceProcess p = processes.get(index);
        if (p.isRunning()) {
            counted.set(index, counted.get(index).plus(Figures.read(p.url("/q/metrics"))));
        }
    }

    void askAllToStop() {
        processes.forEach(ServiceProcess::askToStop);
    }

    @Override
    public void close() throws InterruptedException {
        balancer.close();
        processes.forEach(ServiceProcess::askToStop);
        for (ServiceProcess p : processes) {
            p.stop();
        }
    }
}
