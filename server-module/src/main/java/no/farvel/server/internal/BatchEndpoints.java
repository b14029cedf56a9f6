package no.farvel.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.http.sse.SseClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.farvel.batch.BatchRunner;
import no.farvel.batch.Manifest;
import no.farvel.batch.ManifestEntry;
import no.farvel.batch.WrittenFile;
import no.farvel.batch.input.ProviderFile;
import no.farvel.core.json.TerminationReadException;
import no.farvel.server.ServerConfig;

/** The routes for batches: upload, follow, list records, download the letters as a zip, send them by e-mail. */
public final class BatchEndpoints {
    private static final int MAX_PAGE = 1000;

    private final BatchJobs jobs;
    private final ProviderProfiles profiles;
    private final LetterSender sender;
    private final ServerConfig.Limits limits;
    private final ExecutorService sending = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "farvel-send");
        thread.setDaemon(true);
        return thread;
    });

    public BatchEndpoints(BatchJobs jobs, ProviderProfiles profiles, LetterSender sender, ServerConfig.Limits limits) {
        this.jobs = jobs;
        this.profiles = profiles;
        this.sender = sender;
        this.limits = limits;
    }

    public void register(JavalinConfig config) {
        config.routes.post("/v1/batches", this::create);
        config.routes.get("/v1/batches", this::list);
        config.routes.get("/v1/batches/{id}", ctx -> Json.send(ctx, 200, job(ctx).status()));
        config.routes.delete("/v1/batches/{id}", this::delete);
        config.routes.get("/v1/batches/{id}/records", this::records);
        config.routes.get("/v1/batches/{id}/zip", this::zip);
        config.routes.post("/v1/batches/{id}/send", this::send);
        config.routes.post("/v1/batches/{id}/resume", this::resume);
        config.routes.before("/v1/batches/{id}/events", BatchEndpoints::requireEventStream);
        config.routes.sse("/v1/batches/{id}/events", this::events);
    }

    /** Stops taking sends; a send under way finishes, as its journal needs. */
    public void stop() {
        sending.shutdown();
    }

    private BatchJob job(Context ctx) {
        return jobs.require(ctx.pathParam("id"));
    }

    private void create(Context ctx) throws IOException {
        Uploads.checkDeclaredLength(ctx, limits.maxUploadBytes());
        Path folder = jobs.newFolder();
        try {
            Map<String, List<UploadedFile>> parts = Uploads.parts(ctx, limits.maxUploadBytes());
            String inputName = Uploads.store(parts, folder.resolve(BatchJob.UPLOAD));
            String profile = ctx.formParam("provider");
            UploadedFile providerFile = Uploads.single(parts, "provider");
            if (profile != null && providerFile != null) {
                throw ProblemException.of(400, "two-providers", "Two providers are given",
                        "provider: give a provider profile's name or a provider file, not both");
            }
            if (profile != null) {
                profiles.require(profile);
            }
            if (providerFile != null) {
                Uploads.copy(providerFile, folder.resolve("provider.json"));
                readProvider(folder.resolve("provider.json"));
            }
            BatchJob job = jobs.create(folder, inputName, formats(ctx.formParam("formats")),
                    "true".equalsIgnoreCase(ctx.formParam("allowFindings")), profile, limits.maxBatchRecords());
            ctx.header("Location", "/v1/batches/" + job.id());
            Json.send(ctx, 202, job.status());
        } catch (IOException | RuntimeException e) {
            jobs.discard(folder);
            throw e;
        }
    }

    private static void readProvider(Path file) throws IOException {
        try {
            ProviderFile.read(file);
        } catch (TerminationReadException e) {
            String message = e.error().describe().replace(file.toString(), "provider");
            throw ProblemException.of(400, "unreadable-provider", "The provider file cannot be read", message);
        } catch (IOException e) {
            throw ProblemException.of(400, "unreadable-provider", "The provider file cannot be read",
                    e.getMessage().replace(file.toString(), "provider"));
        }
    }

    private static List<String> formats(String field) {
        if (field == null || field.isBlank()) {
            return BatchRunner.defaultFormats();
        }
        List<String> formats = new ArrayList<>();
        for (String format : field.split(",")) {
            String name = format.strip().toLowerCase(Locale.ROOT);
            if (!BatchRunner.availableFormats().contains(name)) {
                throw ProblemException.of(400, "bad-parameter", "A form field is not valid", "formats: '"
                        + Requests.shorten(name) + "' is not a format: choose from "
                        + String.join(", ", BatchRunner.availableFormats()));
            }
            if (!formats.contains(name)) {
                formats.add(name);
            }
        }
        return formats;
    }

    private void list(Context ctx) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        jobs.all().forEach(job -> list.add(job.status()));
        Json.send(ctx, 200, Json.object().set("batches", list));
    }

    private void delete(Context ctx) throws IOException {
        jobs.delete(job(ctx));
        ctx.status(204);
    }

    private void resume(Context ctx) throws IOException {
        BatchJob job = job(ctx);
        jobs.resume(job);
        Json.send(ctx, 202, job.status());
    }

    /** The manifest's lines as JSON, a page at a time: {@code ?offset=0&limit=100}. */
    private void records(Context ctx) throws IOException {
        BatchJob job = job(ctx);
        int offset = number(ctx, "offset", 0);
        int limit = Math.min(number(ctx, "limit", 100), MAX_PAGE);
        List<ManifestEntry> entries = Manifest.read(job.outDir().resolve(Manifest.FILE_NAME));
        ArrayNode records = Json.MAPPER.createArrayNode();
        for (ManifestEntry entry : entries.subList(Math.min(offset, entries.size()),
                Math.min(offset + limit, entries.size()))) {
            ObjectNode record = records.addObject();
            record.put("id", entry.id()).put("status", entry.status()).put("source", BatchJobs.strip(job,
                    entry.source()));
            ArrayNode files = record.putArray("files");
            entry.files().forEach(f -> files.addObject().put("name", f.name()).put("sha256", f.sha256())
                    .put("size", f.size()));
            record.set("violations", located(job, entry.violations(), entry.id()));
            record.set("warnings", located(job, entry.warnings(), entry.id()));
            if (entry.error() != null) {
                record.put("error", BatchJobs.strip(job, entry.error()));
            }
        }
        Json.send(ctx, 200, Json.object().put("total", entries.size()).put("offset", offset).set("records", records));
    }

    private static ArrayNode located(BatchJob job, List<no.farvel.batch.Problem> problems, String id) {
        return Json.problems(problems.stream().map(p -> new no.farvel.batch.Problem(BatchJobs.strip(job, p.where()),
                p.path(), p.code(), p.message())).toList(), id);
    }

    private static int number(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.of(400, "bad-parameter", "A query parameter is not valid",
                name + ": '" + Requests.shorten(value) + "' is not a whole number of 0 or more");
    }

    /**
     * The letters and the manifest as a zip laid out like {@code farvel batch --out}: {@code manifest.jsonl} and
     * {@code ID/letter.*}. Only files the manifest lists go in, so nothing else of the work folder can.
     */
    private void zip(Context ctx) throws IOException {
        BatchJob job = job(ctx);
        if (job.isActive()) {
            throw ProblemException.of(409, "batch-running", "The batch is still running",
                    "Batch " + job.id() + " has finished " + job.status().path("finished").asInt() + " of "
                            + job.total() + " records; fetch the zip when it is done");
        }
        Path out = job.outDir();
        Path manifest = out.resolve(Manifest.FILE_NAME);
        List<ManifestEntry> entries = new ArrayList<>(Manifest.read(manifest));
        entries.removeIf(e -> e.id() == null || !e.isOk());
        entries.sort(Comparator.comparing(ManifestEntry::id));
        ctx.header("Content-Disposition", "attachment; filename=\"batch-" + job.id() + ".zip\"");
        ctx.status(200).contentType(LetterFormat.mediaType(LetterFormat.ZIP));
        try (ZipOutputStream zip = new ZipOutputStream(ctx.outputStream())) {
            zip.putNextEntry(new ZipEntry(Manifest.FILE_NAME));
            if (Files.exists(manifest)) {
                try (BufferedReader lines = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        zip.write((BatchJobs.strip(job, line) + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            zip.closeEntry();
            for (ManifestEntry entry : entries) {
                Path folder = out.resolve(entry.id()).normalize();
                for (WrittenFile file : entry.files()) {
                    Path path = folder.resolve(file.name()).normalize();
                    if (folder.getParent().equals(out) && path.getParent().equals(folder) && Files.isRegularFile(path)) {
                        zip.putNextEntry(new ZipEntry(entry.id() + "/" + file.name()));
                        Files.copy(path, zip);
                        zip.closeEntry();
                    }
                }
            }
        }
    }

    /** Sends the batch's {@code letter.eml} files with its journal, as {@code farvel send} does, in the background. */
    private void send(Context ctx) {
        BatchJob job = job(ctx);
        sender.requireConfigured();
        if (job.state() != BatchJob.State.DONE) {
            throw ProblemException.of(409, "batch-not-done", "The batch is not done",
                    "Batch " + job.id() + " is " + job.state().name().toLowerCase(Locale.ROOT)
                            + "; send it when it is done");
        }
        boolean dryRun = Requests.flag(ctx, "dryRun");
        job.delivery(Json.object().put("state", "sending").put("dryRun", dryRun));
        sending.execute(() -> {
            try {
                job.delivery(sender.sendFolder(job.outDir(), dryRun).put("state", "done").put("dryRun", dryRun));
            } catch (ProblemException e) {
                job.delivery(Json.object().put("state", "stopped").put("detail", e.getMessage()));
            } catch (IOException | RuntimeException e) {
                job.delivery(Json.object().put("state", "stopped").put("detail", BatchJobs.strip(job,
                        e.getMessage())));
            }
        });
        Json.send(ctx, 202, job.status());
    }

    /** Javalin answers an SSE route with an empty 200 unless the client asks for events; say what is wrong instead. */
    private static void requireEventStream(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw ProblemException.of(406, "not-acceptable", "This address sends server-sent events",
                    "Ask with 'Accept: text/event-stream', or poll GET /v1/batches/{id}");
        }
    }

    /** Server-sent events: {@code progress} with the batch's status after each record, then {@code end}. */
    private void events(SseClient client) {
        BatchJob job;
        try {
            job = jobs.require(client.ctx().pathParam("id"));
        } catch (ProblemException e) {
            client.sendEvent("problem", e.getMessage());
            client.close();
            return;
        }
        client.keepAlive();
        Consumer<BatchJob> listener = new Consumer<>() {
            @Override
            public synchronized void accept(BatchJob changed) {
                if (client.terminated()) {
                    changed.unlisten(this);
                    return;
                }
                client.sendEvent("progress", changed.status().toString());
                if (!changed.isActive()) {
                    client.sendEvent("end", changed.status().toString());
                    changed.unlisten(this);
                    client.close();
                }
            }
        };
        client.onClose(() -> job.unlisten(listener));
        job.listen(listener);
        listener.accept(job);
    }
}
