import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load client of serve-load.sh: CLIENTS threads each POST the same termination to /v1/letters?format=FORMAT,
 * one request after another, for WARMUP seconds unmeasured and then SECONDS measured; prints throughput and latency
 * percentiles. Run with the JDK's source launcher: java ServeLoad.java URL FILE CLIENTS SECONDS WARMUP FORMAT.
 * Only loopback addresses are accepted, and every loop ends by itself.
 */
public final class ServeLoad {
    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!java.net.InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("ServeLoad sends load to a loopback address only, not " + base);
        }
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        int clients = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        long warmup = Long.parseLong(args[4]);
        String format = args[5];
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/letters?format=" + format))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        run(http, request, clients, warmup, null);
        long[][] latencies = new long[clients][];
        AtomicLong failures = new AtomicLong();
        long wall = run(http, request, clients, seconds, new Measure(latencies, failures));

        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        double elapsed = wall / 1e9;
        System.out.printf(Locale.ROOT, "clients %d, %d s measured after %d s warm-up, format %s%n", clients, seconds,
                warmup, format);
        System.out.printf(Locale.ROOT, "requests %d, failures %d, throughput %.1f letters/s%n", all.length,
                failures.get(), all.length / elapsed);
        System.out.printf(Locale.ROOT, "latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n", percentile(all, 50),
                percentile(all, 90), percentile(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    private record Measure(long[][] latencies, AtomicLong failures) {
    }

    /** Runs the clients for {@code seconds}; returns the wall time in nanoseconds. */
    private static long run(HttpClient http, HttpRequest request, int clients, long seconds, Measure measure)
            throws InterruptedException {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                long[] own = new long[1024];
                int count = 0;
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    boolean ok;
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        ok = response.statusCode() == 200 && response.body().length > 0;
                    } catch (Exception e) {
                        ok = false;
                    }
                    long took = System.nanoTime() - sent;
                    if (measure != null) {
                        if (!ok) {
                            measure.failures().incrementAndGet();
                        }
                        if (count == own.length) {
                            own = Arrays.copyOf(own, count * 2);
                        }
                        own[count++] = took;
                    }
                }
                if (measure != null) {
                    measure.latencies()[client] = Arrays.copyOf(own, count);
                }
                done.countDown();
            }, "load-" + c);
            thread.start();
        }
        done.await();
        return System.nanoTime() - start;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
