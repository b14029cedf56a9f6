package no.farvel.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import no.farvel.batch.OutputWriter;
import no.farvel.batch.RecordOutcome;

/**
 * One uploaded batch: its folder {@code WORK/batches/ID/} with {@code upload/} (the input as uploaded), {@code out/}
 * (letters, {@code manifest.jsonl} and {@code delivery.jsonl}, as {@code farvel batch --out} and {@code farvel send}
 * leave them) and {@code job.json}, what the server knows of it across restarts.
 */
public final class BatchJob {
    static final String JOB_FILE = "job.json";
    /** The folder of the uploaded files inside a job's folder. */
    static final String UPLOAD = "upload";

    /** Where a batch is. */
    public enum State {
        /** Waiting for a free batch slot. */
        QUEUED,
        /** Letters are being written. */
        RUNNING,
        /** Every record was handled; some may have failed. */
        DONE,
        /** The batch could not go on, such as when its output could not be written. */
        FAILED,
        /** The server stopped while it ran; resuming it keeps the letters already written. */
        INTERRUPTED
    }

    private final String id;
    private final Path folder;
    private final Instant created;
    private final String inputName;
    private final List<String> formats;
    private final boolean allowFindings;
    private final String providerProfile;
    private final int total;
    private final List<Consumer<BatchJob>> listeners = new CopyOnWriteArrayList<>();
    private State state;
    private String error;
    private int done;
    private int failed;
    private int skipped;
    private ObjectNode delivery;

    BatchJob(String id, Path folder, Instant created, String inputName, List<String> formats, boolean allowFindings,
             String providerProfile, int total, State state) {
        this.id = id;
        this.folder = folder;
        this.created = created;
        this.inputName = inputName;
        this.formats = List.copyOf(formats);
        this.allowFindings = allowFindings;
        this.providerProfile = providerProfile;
        this.total = total;
        this.state = state;
    }

    public String id() {
        return id;
    }

    public Path folder() {
        return folder;
    }

    /** Where the uploaded files are. */
    public Path uploadDir() {
        return folder.resolve(UPLOAD);
    }

    /** The input file as stored. */
    public Path input() {
        return uploadDir().resolve(inputName);
    }

    /** The output folder, laid out as {@code farvel batch --out} lays it out. */
    public Path outDir() {
        return folder.resolve("out");
    }

    /** The provider file uploaded with the batch; it may not exist. */
    public Path providerFile() {
        return folder.resolve("provider.json");
    }

    public List<String> formats() {
        return formats;
    }

    public boolean allowFindings() {
        return allowFindings;
    }

    public String providerProfile() {
        return providerProfile;
    }

    public int total() {
        return total;
    }

    public synchronized State state() {
        return state;
    }

    public synchronized boolean isActive() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    /** Hears of every record and change of state until removed. */
    public void listen(Consumer<BatchJob> listener) {
        listeners.add(listener);
    }

    public void unlisten(Consumer<BatchJob> listener) {
        listeners.remove(listener);
    }

    void start() throws IOException {
        changeAndTell(() -> {
            state = State.RUNNING;
            error = null;
            done = 0;
            failed = 0;
            skipped = 0;
        });
    }

    void recordFinished(RecordOutcome outcome) {
        synchronized (this) {
            switch (outcome.status()) {
                case OK -> done++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
            }
        }
        notifyListeners();
    }

    void finish(State end, String message) throws IOException {
        changeAndTell(() -> {
            state = end;
            error = message;
        });
    }

    /**
     * Makes {@code change} and saves the job under its lock, then tells the listeners outside it, even when job.json
     * could not be written: an events stream still hears of a new run and ends with its end.
     */
    private void changeAndTell(Runnable change) throws IOException {
        try {
            synchronized (this) {
                change.run();
                save();
            }
        } finally {
            notifyListeners();
        }
    }

    synchronized void queue() throws IOException {
        state = State.QUEUED;
        save();
    }

    synchronized void delivery(ObjectNode summary) {
        delivery = summary;
    }

    /** What {@code GET /v1/batches/ID} shows. */
    public synchronized ObjectNode status() {
        ObjectNode body = Json.object();
        body.put("id", id).put("state", state.name().toLowerCase(java.util.Locale.ROOT))
                .put("created", created.toString()).put("input", inputName).put("total", total)
                .put("done", done).put("failed", failed).put("skipped", skipped)
                .put("finished", done + failed + skipped);
        formats.forEach(body.putArray("formats")::add);
        if (error != null) {
            body.put("error", error);
        }
        if (delivery != null) {
            body.set("delivery", delivery);
        }
        ObjectNode links = body.putObject("links");
        String self = "/v1/batches/" + id;
        links.put("self", self).put("events", self + "/events").put("records", self + "/records")
                .put("zip", self + "/zip").put("send", self + "/send");
        return body;
    }

    /**
     * Tells every listener, never while holding this job's lock: a listener has its own lock and asks for
     * {@link #status()}, so telling it under this lock could deadlock with a listener told on another thread.
     */
    private void notifyListeners() {
        for (Consumer<BatchJob> listener : listeners) {
            listener.accept(this);
        }
    }

    /** Writes {@code job.json} whole, so a restart finds the job as it was. */
    void save() throws IOException {
        ObjectNode json = Json.object();
        json.put("id", id).put("created", created.toString()).put("input", inputName)
                .put("allowFindings", allowFindings).put("providerProfile", providerProfile).put("total", total)
                .put("state", state.name()).put("error", error);
        formats.forEach(json.putArray("formats")::add);
        OutputWriter.write(folder, JOB_FILE, Json.MAPPER.writeValueAsBytes(json));
    }

    /** The job in {@code folder}, as {@code job.json} left it; a job that was running is now interrupted. */
    static BatchJob load(Path folder) throws IOException {
        JsonNode json = Json.MAPPER.readTree(Files.readString(folder.resolve(JOB_FILE), StandardCharsets.UTF_8));
        List<String> formats = new ArrayList<>();
        json.path("formats").forEach(f -> formats.add(f.asText()));
        State state = State.valueOf(json.path("state").asText(State.FAILED.name()));
        if (state == State.QUEUED || state == State.RUNNING) {
            state = State.INTERRUPTED;
        }
        String inputName = json.path("input").asText();
        if (!Uploads.SAFE_NAME.matcher(inputName).matches()) {
            throw new IOException(folder.resolve(JOB_FILE) + " names an input that is not a plain file name");
        }
        BatchJob job = new BatchJob(folder.getFileName().toString(), folder,
                Instant.parse(json.path("created").asText()), inputName, formats,
                json.path("allowFindings").asBoolean(), json.hasNonNull("providerProfile")
                ? json.get("providerProfile").asText() : null, json.path("total").asInt(), state);
        job.error = json.hasNonNull("error") ? json.get("error").asText() : null;
        return job;
    }

    /** Counts from the manifest, for a job loaded after a restart. */
    synchronized void countFromManifest(List<no.farvel.batch.ManifestEntry> entries) {
        done = (int) entries.stream().filter(no.farvel.batch.ManifestEntry::isOk).count();
        failed = entries.size() - done;
    }
}
