package no.farvel.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJobTest {
    @TempDir
    Path dir;

    /**
     * The events endpoint's listener holds its own lock and asks for the job's status; were the job to tell its
     * listeners while holding its lock, a listener told on one thread and the job telling on another could each wait
     * for the other's lock for ever (a CI run hung on exactly that). Here the listener asks from a second thread.
     */
    @Test
    void tellsItsListenersWithoutHoldingItsLock() throws Exception {
        BatchJob job = new BatchJob("job", dir, Instant.EPOCH, "clients.jsonl", List.of("txt"), false, null, 1,
                BatchJob.State.QUEUED);
        List<String> seen = new ArrayList<>();
        Consumer<BatchJob> listener = changed -> {
            CompletableFuture<JsonNode> elsewhere = CompletableFuture.supplyAsync(changed::status);
            try {
                seen.add(elsewhere.get(5, TimeUnit.SECONDS).path("state").asText());
            } catch (Exception e) {
                seen.add("blocked: " + e);
            }
        };
        job.listen(listener);

        job.start();
        job.finish(BatchJob.State.DONE, null);

        assertThat(seen).containsExactly("running", "done");
    }

    /** An events stream ends with the job even when job.json cannot be written (a full disk, a folder gone). */
    @Test
    void tellsItsListenersOfTheEndEvenWhenItCannotSaveIt() throws Exception {
        Path notAFolder = java.nio.file.Files.writeString(dir.resolve("job"), "a file where the folder should be");
        BatchJob job = new BatchJob("job", notAFolder, Instant.EPOCH, "clients.jsonl", List.of("txt"), false, null, 1,
                BatchJob.State.RUNNING);
        List<String> seen = new ArrayList<>();
        job.listen(changed -> seen.add(changed.status().path("state").asText()));

        assertThatThrownBy(() -> job.finish(BatchJob.State.FAILED, "disk full")).isInstanceOf(java.io.IOException.class);

        assertThat(seen).containsExactly("failed");
    }
}
