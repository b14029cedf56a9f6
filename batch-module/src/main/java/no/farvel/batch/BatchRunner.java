package no.farvel.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import no.farvel.batch.input.InputRecord;
import no.farvel.batch.input.RecordSource;
import no.farvel.batch.internal.CaseFolder;
import no.farvel.batch.internal.HeapTurns;
import no.farvel.batch.internal.OutputFolder;
import no.farvel.batch.internal.RecordFailures;
import no.farvel.batch.internal.RecordJob;
import no.farvel.core.Termination;
import no.farvel.core.json.ReadError;
import no.farvel.mail.EmlWriter;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;

/**
 * Writes the letters for every record of an input, several at a time. Each record is read, validated, checked and
 * rendered on its own, so a bad record never stops the others; what became of each is appended to
 * {@code manifest.jsonl} as soon as it is known. Every record read ends as exactly one manifest line, and the result
 * reconciles the two counts.
 *
 * <pre>{@code
 * BatchResult result = new BatchRunner().run(BatchRequest.builder(Path.of("clients.csv"), Path.of("out")).build(),
 *         BatchListener.NONE);
 * }</pre>
 */
public final class BatchRunner {
    /** Whether this process has started getting the formats ready (see {@link #warmUpInBackground}). */
    private static final AtomicBoolean WARMED_UP = new AtomicBoolean();

    private final BiFunction<Farvel, Termination, RenderedLetter> renderer;

    public BatchRunner() {
        this(Farvel::render);
    }

    /** A runner with another way to render, for tests that need a record to fail in a particular way. */
    BatchRunner(BiFunction<Farvel, Termination, RenderedLetter> renderer) {
        this.renderer = renderer;
    }

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
     * @throws IOException naming the file and limit when a list file or a workbook's shared strings break a limit
     * @throws BatchException with the partial result when the output cannot be written at all, such as when
     *                        {@code manifest.jsonl} is a link or cannot be written
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
        HeapTurns heap = new HeapTurns();
        Ledger ledger = new Ledger(listener, heap, request.keepOutcomes());
        Path outDir = request.outDir();
        try (RecordSource source = RecordSource.open(request.input(), request.provider(), request.limits());
             OutputFolder out = OutputFolder.open(outDir);
             Manifest manifest = request.resume() ? Manifest.resume(out) : Manifest.create(out)) {
            ledger.start(manifest);
            Farvel built = farvel.build();
            warmUpInBackground(built, request.formats());
            RecordJob job = new RecordJob(built, renderer, out, request.formats(), request.caseFile(),
                    request.allowFindings(), request.limits().maxProblemsPerRecord(), heap, request.jobs());
            dispatch(source, request, job, manifest, ledger, heap);
            if (ledger.fatal() == null) {
                try {
                    manifest.carryOverUnseen();
                } catch (IOException e) {
                    ledger.stop(e);
                }
            }
            if (ledger.fatal() != null) {
                BatchResult partial = ledger.result(start);
                throw new BatchException("Cannot write " + out.path().resolve(Manifest.FILE_NAME) + ": "
                        + ledger.fatal().getMessage() + (partial.isReconciled() ? "" : "; " + partial.summary()),
                        ledger.fatal(), partial);
            }
        } catch (UncheckedIOException e) {
            throw new BatchException(e.getMessage().replaceFirst("^java\\.io\\.IOException: ", ""), e.getCause(),
                    ledger.result(start));
        }
        return ledger.result(start);
    }

    /**
     * Gets the requested formats' libraries ready on a daemon thread, once per process, while the
     * first record is read, checked and laid out: a single {@code render} has a core idle for it. An e-mail needs
     * its PDF attachment and its HTML and text parts too. Not on a single core, where it would only compete with
     * the first letter.
     */
    private static void warmUpInBackground(Farvel farvel, List<String> formats) {
        if (Runtime.getRuntime().availableProcessors() < 2 || !WARMED_UP.compareAndSet(false, true)) {
            return;
        }
        boolean email = formats.contains("eml");
        java.util.Set<String> ready = new java.util.LinkedHashSet<>(formats);
        if (email) {
            ready.addAll(List.of("pdf", "html", "txt"));
        }
        Thread thread = new Thread(() -> {
            farvel.warmUp(ready);
            if (email) {
                EmlWriter.warmUp();
            }
        }, "farvel-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether an earlier run's files are what this run would write: a case file when one is asked for. */
    private static boolean covers(ManifestEntry earlier, BatchRequest request) {
        return !request.caseFile() || earlier.files().stream().anyMatch(f -> CaseFolder.isListedName(f.name()));
    }

    /** Reads every record and hands each to a worker, or accounts for it at once when it cannot be rendered. */
    private static void dispatch(RecordSource source, BatchRequest request, RecordJob job, Manifest manifest,
                                 Ledger ledger, HeapTurns heap) {
        // Twice as many workers as records rendered at once (RecordJob's slots): while some wait for the disk to
        // sync a record's files and its manifest line, the others keep the processors busy.
        ExecutorService workers = Executors.newFixedThreadPool(request.jobs() * 2, new WorkerThreads());
        Semaphore inFlight = new Semaphore(request.jobs() * 2);
        SeenIds seen = new SeenIds();
        Records records = new Records(source.iterator(), request.input().toString());
        try {
            while (ledger.fatal() == null) {
                InputRecord record = records.next();
                if (record == null) {
                    break;
                }
                long entry = ledger.read(record);
                Problem duplicate = record.isOk() ? seen.add(record) : null;
                if (!record.isOk()) {
                    ledger.account(entry, job.failed(record, RecordChecks.unreadable(record)));
                } else if (duplicate != null) {
                    ledger.account(entry, job.failed(record, duplicate));
                } else if (manifest.completed().containsKey(record.id())
                        && covers(manifest.completed().get(record.id()), request)) {
                    ledger.account(entry, RecordJob.skipped(record, manifest.completed().get(record.id())));
                } else {
                    inFlight.acquireUninterruptibly();
                    workers.execute(() -> {
                        try {
                            ledger.account(entry, job.run(record));
                        } catch (Throwable e) {
                            // Only errors that mean the Java runtime itself is in trouble get here (RecordJob catches
                            // the rest): the record stays unaccounted, which fails the run, and nothing is printed.
                            ledger.lost(entry, e);
                        } finally {
                            heap.warmedUp();
                            inFlight.release();
                        }
                    });
                }
            }
        } finally {
            workers.shutdown();
            awaitQuietly(workers);
        }
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

    /**
     * The input's records; when the input cannot be read past some point (a reader fails, even for lack of memory),
     * one failed record says where and why, and the input ends there.
     */
    private static final class Records {
        private final Iterator<InputRecord> records;
        private final String source;
        private int lastIndex;
        private int lastLine;
        private boolean ended;

        Records(Iterator<InputRecord> records, String source) {
            this.records = records;
            this.source = source;
        }

        /** The next record, or null at the end. */
        InputRecord next() {
            if (ended) {
                return null;
            }
            try {
                if (!records.hasNext()) {
                    ended = true;
                    return null;
                }
                InputRecord record = records.next();
                lastIndex = record.index();
                lastLine = record.line();
                return record;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                ended = true;
                String reason = e instanceof UncheckedIOException u && u.getCause() != null
                        ? u.getMessage() : RecordFailures.reason(e);
                return InputRecord.failed(source, lastIndex + 1, Math.max(lastLine, 1), null, new ReadError(source, 0,
                        0, "", "the input cannot be read past record " + lastIndex + ": " + reason));
            }
        }
    }

    /**
     * Daemon worker threads, so a stuck render never keeps the JVM alive after the command returns. A task accounts
     * for its record whatever it throws; what can still end a worker is the pool's own code running out of memory
     * while a greedy record holds the heap (an idle worker waiting for the next task allocates a little), and the
     * pool then starts another worker. That is not printed: the JVM's default handler would write a stack trace to
     * the terminal, or, lacking the memory for it, "OutOfMemoryError thrown from the UncaughtExceptionHandler", beside
     * the one line that says which record ran out of memory. Any other error is printed as before.
     */
    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {
        private static final Thread.UncaughtExceptionHandler QUIET_ABOUT_MEMORY = (thread, e) -> {
            if (!(e instanceof OutOfMemoryError)) {
                thread.getThreadGroup().uncaughtException(thread, e);
            }
        };
        private final AtomicInteger number = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "farvel-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler(QUIET_ABOUT_MEMORY);
            return thread;
        }
    }
}
