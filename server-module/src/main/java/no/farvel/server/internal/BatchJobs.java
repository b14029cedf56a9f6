package no.farvel.server.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import no.farvel.batch.BatchRequest;
import no.farvel.batch.BatchRunner;
import no.farvel.batch.Manifest;
import no.farvel.batch.WrittenFile;
import no.farvel.batch.input.InputRecord;
import no.farvel.batch.input.ProviderFile;
import no.farvel.batch.input.RecordSource;
import no.farvel.core.Provider;
import no.farvel.core.json.TerminationReadException;
import no.farvel.templates.TemplatePack;

/**
 * The server's batches: made from uploads, run a few at a time by {@link BatchRunner} exactly as {@code farvel batch}
 * runs them, kept on disk across restarts, and drained on shutdown. Thread-safe.
 */
public final class BatchJobs {
    private final Path root;
    private final TemplatePack pack;
    private final ProviderProfiles profiles;
    private final Metrics metrics;
    private final int maxActive;
    private final int batchJobs;
    private final ExecutorService runner;
    private final Map<String, BatchJob> jobs = new ConcurrentHashMap<>();
    private volatile boolean draining;

    public BatchJobs(Path root, TemplatePack pack, ProviderProfiles profiles, Metrics metrics, int concurrent,
                     int queued, int batchJobs) throws IOException {
        this.root = root;
        this.pack = pack;
        this.profiles = profiles;
        this.metrics = metrics;
        this.maxActive = concurrent + queued;
        this.batchJobs = batchJobs;
        AtomicInteger number = new AtomicInteger();
        this.runner = Executors.newFixedThreadPool(concurrent, task -> {
            Thread thread = new Thread(task, "farvel-batch-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Files.createDirectories(root);
        loadEarlierJobs();
        metrics.gauge("farvel_batches_active", "Batches running or waiting", () -> jobs.values().stream()
                .filter(BatchJob::isActive).count());
    }

    /** The job with this id, or a 404 problem; the id is checked against the server's own form first. */
    public BatchJob require(String id) {
        BatchJob job = Ids.isValid(id) ? jobs.get(id) : null;
        if (job == null) {
            throw ProblemException.of(404, "no-such-batch", "No such batch",
                    "No batch has the id '" + Requests.shorten(id) + "'; POST /v1/batches makes one");
        }
        return job;
    }

    public Collection<BatchJob> all() {
        return jobs.values().stream().sorted(Comparator.comparing(BatchJob::id)).toList();
    }

    /** A fresh folder for an upload; the job id is its name. */
    public Path newFolder() throws IOException {
        refuseWhenFull();
        Path folder = root.resolve(Ids.next());
        Files.createDirectories(folder);
        return folder;
    }

    /**
     * Makes the job for an upload stored in {@code folder} and queues it. Counts the records first, so a batch over
     * the limit is refused before any letter is written.
     */
    public BatchJob create(Path folder, String inputName, List<String> formats, boolean allowFindings,
                           String providerProfile, int maxRecords) throws IOException {
        Path upload = folder.resolve(BatchJob.UPLOAD);
        int total = count(upload.resolve(inputName), upload, maxRecords);
        BatchJob job = new BatchJob(folder.getFileName().toString(), folder, Instant.now(), inputName, formats,
                allowFindings, providerProfile, total, BatchJob.State.QUEUED);
        job.save();
        jobs.put(job.id(), job);
        submit(job, false);
        return job;
    }

    /** Runs an interrupted or failed job again; the letters an earlier run wrote intact are kept. */
    public void resume(BatchJob job) throws IOException {
        if (job.isActive()) {
            throw ProblemException.of(409, "batch-running", "The batch is still running",
                    "Batch " + job.id() + " is " + job.state().name().toLowerCase(java.util.Locale.ROOT));
        }
        refuseWhenFull();
        job.queue();
        submit(job, true);
    }

    /** Removes a job and its folder; a running job cannot be removed. */
    public void delete(BatchJob job) throws IOException {
        if (job.isActive()) {
            throw ProblemException.of(409, "batch-running", "The batch is still running",
                    "Batch " + job.id() + " is still running; delete it when it is done");
        }
        jobs.remove(job.id());
        deleteRecursively(job.folder());
    }

    /** Removes a folder an upload left before it became a job. */
    public void discard(Path folder) {
        try {
            deleteRecursively(folder);
        } catch (IOException e) {
            // A leftover upload folder holds no job.json and is ignored at the next start.
        }
    }

    /** Whether the server is stopping; then no batch is taken on. */
    public boolean isDraining() {
        return draining;
    }

    /**
     * Takes no new batches and waits up to {@code grace} for the running and queued ones; those still going then are
     * left interrupted on disk (their manifest is whole up to the last record), to be resumed after a restart.
     * Returns whether every batch finished.
     */
    public boolean drain(Duration grace) {
        draining = true;
        runner.shutdown();
        try {
            return runner.awaitTermination(Math.max(grace.toMillis(), 0), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void refuseWhenFull() {
        if (draining) {
            throw ProblemException.of(503, "shutting-down", "The server is shutting down",
                    "No new batch is taken on while the server stops; send it again once it is back")
                    .withHeader("Retry-After", "30");
        }
        if (jobs.values().stream().filter(BatchJob::isActive).count() >= maxActive) {
            throw ProblemException.of(503, "busy", "Too many batches are waiting",
                    "This server runs and queues " + maxActive + " batches at most; try again when one is done")
                    .withHeader("Retry-After", "30");
        }
    }

    private static int count(Path input, Path upload, int maxRecords) throws IOException {
        int records = 0;
        try (RecordSource source = RecordSource.open(input, null)) {
            for (InputRecord ignored : source) {
                if (++records > maxRecords) {
                    throw ProblemException.of(413, "too-many-records", "The batch has too many records",
                            "The batch has more than " + maxRecords + " records, this server's limit; split it");
                }
            }
        } catch (UncheckedIOException | IOException e) {
            throw ProblemException.of(400, "unreadable-input", "The input cannot be read",
                    String.valueOf(e.getMessage()).replace(upload + "/", ""));
        }
        return records;
    }

    private void submit(BatchJob job, boolean resume) {
        runner.execute(() -> run(job, resume));
    }

    private void run(BatchJob job, boolean resume) {
        try {
            job.start();
            BatchRequest.Builder request = BatchRequest.builder(job.input(), job.outDir()).formats(job.formats())
                    .jobs(batchJobs).resume(resume).allowFindings(job.allowFindings()).provider(provider(job))
                    .keepOutcomes(false);
            if (pack != null) {
                request.pack(pack);
            }
            new BatchRunner().run(request.build(), outcome -> {
                job.recordFinished(outcome);
                metrics.increment("farvel_batch_records_total", "status",
                        outcome.status().name().toLowerCase(java.util.Locale.ROOT));
                for (WrittenFile file : outcome.files()) {
                    metrics.increment("farvel_letters_rendered_total", "format",
                            file.name().substring(file.name().lastIndexOf('.') + 1));
                }
            });
            job.finish(BatchJob.State.DONE, null);
            metrics.increment("farvel_batches_total", "state", "done");
        } catch (IOException | TerminationReadException | RuntimeException e) {
            finishFailed(job, e.getMessage());
        }
    }

    private Provider provider(BatchJob job) throws IOException, TerminationReadException {
        if (job.providerProfile() != null) {
            return profiles.require(job.providerProfile());
        }
        return Files.isRegularFile(job.providerFile()) ? ProviderFile.read(job.providerFile()) : null;
    }

    private void finishFailed(BatchJob job, String message) {
        metrics.increment("farvel_batches_total", "state", "failed");
        try {
            job.finish(BatchJob.State.FAILED, strip(job, message));
        } catch (IOException e) {
            // job.json could not be written either; the manifest still tells what was done.
        }
    }

    /** An error message without the server's own folders in it. */
    static String strip(BatchJob job, String message) {
        if (message == null) {
            return null;
        }
        return message.replace(job.uploadDir() + "/", "").replace(job.folder() + "/", "");
    }

    private void loadEarlierJobs() throws IOException {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
            for (Path folder : folders) {
                if (Ids.isValid(folder.getFileName().toString()) && Files.isRegularFile(folder.resolve(
                        BatchJob.JOB_FILE))) {
                    BatchJob job = BatchJob.load(folder);
                    job.countFromManifest(Manifest.read(job.outDir().resolve(Manifest.FILE_NAME)));
                    job.save();
                    jobs.put(job.id(), job);
                }
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
