package cn.hazardledger.launcher.scaleout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one replica did, from its Prometheus counters: API requests answered (not /q/), events its consumers applied,
 * events they were given again and skipped (already processed, by it or by the other replica before a rebalance),
 * events dead-lettered, and outbox rows its relay published.
 */
record Figures(long requests, long processed, long duplicates, long deadLettered, long published) {

    static final Figures NONE = new Figures(0, 0, 0, 0, 0);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)(\\{[^}]*})? ([0-9.eE+-]+)$");
    private static final Pattern OUTCOME = Pattern.compile("outcome=\"([^\"]*)\"");
    private static final Pattern URI_LABEL = Pattern.compile("uri=\"([^\"]*)\"");

    Figures plus(Figures o) {
        return new Figures(requests + o.requests, processed + o.processed, duplicates + o.duplicates,
                deadLettered + o.deadLettered, published + o.published);
    }

    /** Reads a running replica's counters; a replica that does not answer has none to add. */
    static Figures read(String metricsUrl) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(metricsUrl))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? parse(r.body()) : NONE;
        } catch (IOException e) {
            return NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NONE;
        }
    }

    static Figures parse(String prometheusText) {
        long requests = 0;
        long processed = 0;
        long duplicates = 0;
        long dead = 0;
        long published = 0;
        for (String line : prometheusText.split("\n")) {
            Matcher m = SAMPLE.matcher(line.trim());
            if (!m.matches()) {
                continue;
            }
            String labels = m.group(2) == null ? "" : m.group(2);
            long value = (long) Double.parseDouble(m.group(3));
            switch (m.group(1)) {
                case "http_server_requests_seconds_count" -> {
                    Matcher uri = URI_LABEL.matcher(labels);
                    if (uri.find() && !uri.group(1).startsWith("/q/")) {
                        requests += value;
                    }
                }
                case "events_consumed_total" -> {
                    Matcher outcome = OUTCOME.matcher(labels);
                    String o = outcome.find() ? outcome.group(1) : "";
                    switch (o) {
                        case "processed" -> processed += value;
                        case "duplicate" -> duplicates += value;
                        case "dead-lettered" -> dead += value;
                        default -> { }
                    }
                }
                case "outbox_events_published_total" -> published += value;
                default -> { }
            }
        }
        return new Figures(requests, processed, duplicates, dead, published);
    }
}
