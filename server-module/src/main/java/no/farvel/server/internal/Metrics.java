package no.farvel.server.internal;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The server's metrics in the Prometheus text format (version 0.0.4): letters rendered, failures, durations, requests
 * and batches. Small on purpose: counters, gauges and histograms with fixed buckets are all a scraper needs here.
 */
public final class Metrics {
    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Map<String, Family> families = new ConcurrentHashMap<>();

    public Metrics() {
        counter("farvel_letters_rendered_total", "Letters written over the API and in batches, by format");
        counter("farvel_letter_failures_total", "Letters refused or failed, by reason: invalid, guide, render");
        histogram("farvel_render_duration_seconds", "Time to validate, check and render one letter over the API");
        counter("farvel_http_requests_total", "HTTP requests, by route and status");
        histogram("farvel_http_request_duration_seconds", "Time to answer an HTTP request, by route");
        counter("farvel_batch_records_total", "Batch records finished, by status: ok, failed, skipped");
        counter("farvel_batches_total", "Batches finished, by state: done, failed");
        counter("farvel_mails_total", "E-mails handed to the SMTP server or refused, by status");
    }

    /** Adds one to a counter; {@code labels} are name, value pairs. */
    public void increment(String name, String... labels) {
        family(name).counter(labels).increment();
    }

    /** Records a duration in a histogram. */
    public void observe(String name, double seconds, String... labels) {
        family(name).histogram(labels).observe(seconds);
    }

    /** A gauge read when scraped. */
    public void gauge(String name, String help, LongSupplier value) {
        families.put(name, new Family("gauge", help, value));
    }

    /** Every metric, in the text exposition format. */
    public String scrape() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Family> entry : new TreeMap<>(families).entrySet()) {
            entry.getValue().write(entry.getKey(), out);
        }
        return out.toString();
    }

    private void counter(String name, String help) {
        families.put(name, new Family("counter", help, null));
    }

    private void histogram(String name, String help) {
        families.put(name, new Family("histogram", help, null));
    }

    private Family family(String name) {
        Family family = families.get(name);
        if (family == null) {
            throw new IllegalArgumentException("No metric named " + name);
        }
        return family;
    }

    private static String labels(String... pairs) {
        if (pairs.length == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (i > 0) {
                text.append(',');
            }
            text.append(pairs[i]).append("=\"").append(pairs[i + 1].replace("\\", "\\\\").replace("\"", "\\\"")
                    .replace("\n", "\\n")).append('"');
        }
        return text.append('}').toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }

    /** One metric name with its series, one per label set. */
    private static final class Family {
        private final String type;
        private final String help;
        private final LongSupplier gauge;
        private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
        private final Map<String, Histogram> histograms = new ConcurrentHashMap<>();

        Family(String type, String help, LongSupplier gauge) {
            this.type = type;
            this.help = help;
            this.gauge = gauge;
        }

        LongAdder counter(String... labels) {
            return counters.computeIfAbsent(labels(labels), key -> new LongAdder());
        }

        Histogram histogram(String... labels) {
            return histograms.computeIfAbsent(labels(labels), key -> new Histogram(labels));
        }

        void write(String name, StringBuilder out) {
            out.append("# HELP ").append(name).append(' ').append(help).append('\n');
            out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
            if (gauge != null) {
                out.append(name).append(' ').append(gauge.getAsLong()).append('\n');
            }
            new TreeMap<>(counters).forEach((labels, value) -> out.append(name).append(labels).append(' ')
                    .append(value.sum()).append('\n'));
            new TreeMap<>(histograms).forEach((labels, histogram) -> histogram.write(name, out));
        }
    }

    /** Cumulative buckets, a sum and a count. */
    private static final class Histogram {
        private final String[] labels;
        private final AtomicLong[] buckets = new AtomicLong[BUCKETS.length];
        private final DoubleAdder sum = new DoubleAdder();
        private final LongAdder count = new LongAdder();

        Histogram(String[] labels) {
            this.labels = labels.clone();
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new AtomicLong();
            }
        }

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    buckets[i].incrementAndGet();
                }
            }
            sum.add(seconds);
            count.increment();
        }

        void write(String name, StringBuilder out) {
            for (int i = 0; i < BUCKETS.length; i++) {
                out.append(name).append("_bucket").append(withLe(number(BUCKETS[i]))).append(' ')
                        .append(buckets[i].get()).append('\n');
            }
            out.append(name).append("_bucket").append(withLe("+Inf")).append(' ').append(count.sum()).append('\n');
            out.append(name).append("_sum").append(labels(labels)).append(' ').append(sum.sum()).append('\n');
            out.append(name).append("_count").append(labels(labels)).append(' ').append(count.sum()).append('\n');
        }

        private String withLe(String le) {
            String[] all = java.util.Arrays.copyOf(labels, labels.length + 2);
            all[labels.length] = "le";
            all[labels.length + 1] = le;
            return labels(all);
        }
    }
}
