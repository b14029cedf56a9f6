package no.farvel.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.farvel.batch.internal.RecordJob;
import no.farvel.batch.input.InputRecord;
import no.farvel.batch.input.RecordSource;
import no.farvel.templates.Farvel;

/**
 * Writes the letters for every record of an input, several at a time. Each record is read, validated, checked and
 * rendered on its own, so a bad record never stops the others; what became of each is appended to
 * {@code manifest.jsonl} as soon as it is known.
 *
 * <pre>{@code
 * BatchResult result = new BatchRunner().run(BatchRequest.builder(Path.of("clients.csv"), Path.of("out")).build(),
 *         BatchListener.NONE);
 * }</pre>
 */
public final class BatchRunner {
    /** The formats written when none are asked for. */
    public static List<String> defaultFormats() {
        return RecordJob.defaultFormats();
    }

    /** Every format a batch can write. */
    public static List<String> availableFormats() {
        return RecordJob.availableFormats();
    }

    /**
     * Runs the batch. Returns once every record is done, with failed records counted in the result.
     *
     * @throws java.nio.file.NoSuchFileException when the input does not exist
     * @throws IllegalArgumentException when a format is unknown or the input type is not one Farvel reads
     * @throws BatchException with the partial result when the output cannot be written at all
     */
    public BatchResult run(BatchRequest request, BatchListener listener) throws IOException {
        Objects.requireNonNull(request, "The parameter 'request' must not be null");
        Objects.requireNonNull(listener, "The parameter 'listener' must not be null");
        for (String format : request.formats()) {
            if (!availableFormats().contains(format)) {
                throw new IllegalArgumentException("Unknown format '" + format + "': choose from "
                        + String.join(", ", availableFormats()));
            }
        }
        long start = System.nanoTime();
        // The record job reports the guide check's findings itself, located in the input, and honours allowFindings.
        Farvel.Builder farvel = Farvel.builder().allowFindings();
        if (request.pack() != null) {
            farvel.pack(request.pack());
        }
        Path outDir = request.outDir().toAbsolutePath().normalize();
        Outcomes outcomes = new Outcomes(listener);
        try (RecordSource source = RecordSource.open(request.input(), request.provider());
             Manifest manifest = request.resume() ? Manifest.resume(outDir) : Manifest.create(outDir)) {
            RecordJob job = new RecordJob(farvel.build(), outDir, request.formats(), request.allowFindings(), manifest);
            ExecutorService workers = Executors.newFixedThreadPool(request.jobs(), new WorkerThreads());
            Semaphore inFlight = new Semaphore(request.jobs() * 2);
            Map<String, String> firstSeen = new HashMap<>();
            try {
                for (InputRecord record : source) {
                    String earlier = record.id() == null ? null : firstSeen.putIfAbsent(record.id(),
                            record.location());
                    if (!record.isOk()) {
                        outcomes.add(job.unreadable(record));
                    } else if (earlier != null) {
                        outcomes.add(job.duplicate(record, earlier));
                    } else if (manifest.completed().containsKey(record.id())) {
                        outcomes.add(RecordJob.skipped(record, manifest.completed().get(record.id())));
                    } else {
                        inFlight.acquireUninterruptibly();
                        workers.execute(() -> {
                            try {
                                outcomes.add(job.run(record));
                            } finally {
                                inFlight.release();
                            }
                        });
                    }
                }
            } finally {
                workers.shutdown();
                awaitQuietly(workers);
            }
            if (job.fatal() != null) {
                throw new BatchException("Cannot write to " + outDir + ": " + job.fatal().getMessage(), job.fatal(),
                        outcomes.result(start));
            }
        } catch (UncheckedIOException e) {
            throw new BatchException(e.getMessage().replaceFirst("^java\\.io\\.IOException: ", ""), e.getCause(),
                    outcomes.result(start));
        }
        return outcomes.result(start);
    }

    private static void awaitQuietly(ExecutorService workers) {
        boolean interrupted = false;
        while (true) {
            try {
                if (workers.awaitTermination(1, TimeUnit.HOURS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects outcomes and passes each to the listener, one at a time. */
    private static final class Outcomes {
        private final BatchListener listener;
        private final List<RecordOutcome> all = new ArrayList<>();

        Outcomes(BatchListener listener) {
            this.listener = listener;
        }

        synchronized void add(RecordOutcome outcome) {
            all.add(outcome);
            listener.recordFinished(outcome);
        }

        synchronized BatchResult result(long start) {
            List<RecordOutcome> ordered = new ArrayList<>(all);
            ordered.sort(Comparator.comparingInt(RecordOutcome::index));
            int done = count(RecordOutcome.Status.OK);
            int failed = count(RecordOutcome.Status.FAILED);
            int skipped = count(RecordOutcome.Status.SKIPPED);
            return new BatchResult(done, failed, skipped, Duration.ofNanos(System.nanoTime() - start), ordered);
        }

        private int count(RecordOutcome.Status status) {
            return (int) all.stream().filter(o -> o.status() == status).count();
        }
    }

    /** Daemon worker threads, so a stuck render never keeps the JVM alive after the command returns. */
    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger number = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "farvel-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
