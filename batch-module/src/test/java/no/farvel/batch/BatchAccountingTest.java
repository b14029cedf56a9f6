package no.farvel.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import no.farvel.core.Termination;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every record read ends as exactly one manifest line, even when rendering it overflows the stack or the heap; a
 * record that ends in an error no line can follow is reported as unaccounted for, and the run is not a success.
 */
class BatchAccountingTest {
    private static final String RECORD = "{\"id\":\"%s\",\"locale\":\"en\",\"letterDate\":\"2026-11-28\","
            + "\"effectiveDate\":\"2027-01-31\",\"provider\":{\"name\":\"Nordlys Consulting AS\",\"orgNumber\":"
            + "\"959083010\",\"address\":{\"lines\":[\"Kongens gate 2\"],\"postalCode\":\"0153\",\"city\":\"Oslo\","
            + "\"country\":\"NO\"},\"bankAccount\":\"15039603087\",\"signatory\":{\"name\":\"Ola Hansen\"}},"
            + "\"client\":{\"name\":\"Acme Ltd\",\"address\":{\"lines\":[\"1 High Street\"],\"postalCode\":\"E1 1AA\","
            + "\"city\":\"London\",\"country\":\"GB\"}},\"reasons\":[{\"type\":\"LATE_PAYMENT\"}]}";

    @TempDir
    Path dir;

    @Test
    void aRecordThatOverflowsTheStackFailsAloneWithItsManifestLine() throws IOException {
        Path input = input("a-1", "deep", "a-3");

        BatchResult result = run(input, (farvel, termination) -> {
            if (termination.id().equals("deep")) {
                recurse(0);
            }
            return farvel.render(termination);
        });

        assertThat(result.done()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.isReconciled()).isTrue();
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.outcomes().get(1).errorLines()).containsExactly(input + ":2 id=deep could not be rendered: "
                + "ran out of stack (nesting or recursion too deep, most likely in the template pack)");
        assertThat(Manifest.read(dir.resolve("out/manifest.jsonl"))).extracting(ManifestEntry::id,
                ManifestEntry::status).containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a-1", "ok"),
                org.assertj.core.groups.Tuple.tuple("deep", "failed"), org.assertj.core.groups.Tuple.tuple("a-3", "ok"));
    }

    @Test
    void aRecordLostToABrokenRuntimeIsUnaccountedAndTheRunFails() throws IOException {
        Path input = input("a-1", "lost", "a-3");

        BatchResult result = run(input, (farvel, termination) -> {
            if (termination.id().equals("lost")) {
                throw new InternalError("simulated");
            }
            return farvel.render(termination);
        });

        assertThat(result.read()).isEqualTo(3);
        assertThat(result.done()).isEqualTo(2);
        assertThat(result.failed()).isZero();
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.unaccounted()).containsExactly(input + ":2 (InternalError: simulated)");
        assertThat(result.summary()).matches("2 done, 0 failed, 0 skipped in .* letters/s\\); 1 of 3 records read has "
                + "no manifest line: " + java.util.regex.Pattern.quote(input + ":2 (InternalError: simulated)"));
        assertThat(Manifest.read(dir.resolve("out/manifest.jsonl"))).extracting(ManifestEntry::id)
                .containsExactlyInAnyOrder("a-1", "a-3");
    }

    @Test
    void aRecordThatExhaustsTheHeapFailsAloneAndTheRunGoesOn() throws Exception {
        Path input = input("a-1", "greedy", "a-3", "a-4");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                GreedyBatch.class.getName(), input.toString(), dir.resolve("out").toString())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        assertThat(child.waitFor(3, TimeUnit.MINUTES)).as("the child batch finished").isTrue();
        String out = Files.readString(dir.resolve("stdout.txt"));
        String err = Files.readString(dir.resolve("stderr.txt"));

        assertThat(child.exitValue()).as(out + err).isEqualTo(1);
        assertThat(out).startsWith("3 done, 1 failed, 0 skipped in ");
        assertThat(err.lines()).containsExactly(input + ":2 id=greedy could not be rendered: ran out of memory (heap "
                + err.replaceAll("(?s).*\\(heap (\\d+) MB\\).*", "$1") + " MB); give Farvel more memory "
                + "(FARVEL_JAVA_OPTS=-Xmx1g) or fewer --jobs, or look for what makes this record's letter so large");
        assertThat(Manifest.read(dir.resolve("out/manifest.jsonl"))).hasSize(4)
                .filteredOn(e -> !e.isOk()).extracting(ManifestEntry::id).containsExactly("greedy");
    }

    @Test
    void theFirstRecordIsAloneUntilItsManifestLineIsCounted() throws IOException {
        // Counting a record and telling the listener set up classes too; a greedy record next to that set-up could
        // break a class for the rest of the run, so no other record may start before the first is counted.
        Path input = input("a-1", "a-2", "a-3", "a-4");
        java.util.Set<String> started = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<java.util.Set<String>> seenByListener = new java.util.concurrent.CopyOnWriteArrayList<>();
        BatchResult result = new BatchRunner((farvel, termination) -> {
            started.add(termination.id());
            return farvel.render(termination);
        }).run(BatchRequest.builder(input, dir.resolve("out")).formats(List.of("txt")).jobs(2).build(), outcome -> {
            if (seenByListener.isEmpty()) {
                sleep(300);
            }
            seenByListener.add(java.util.Set.copyOf(started));
        });

        assertThat(result.done()).isEqualTo(4);
        assertThat(seenByListener.get(0)).as("records begun when the first was counted").hasSize(1);
    }

    @Test
    void aListenerThatFailsLeavesTheRecordCountedWithItsManifestLine() throws IOException {
        Path input = input("a-1", "a-2", "a-3");

        BatchResult result = new BatchRunner().run(BatchRequest.builder(input, dir.resolve("out"))
                .formats(List.of("txt")).jobs(2).build(), outcome -> {
                    if (outcome.id().equals("a-2")) {
                        throw new IllegalStateException("the caller's listener broke");
                    }
                });

        assertThat(result.done()).isEqualTo(3);
        assertThat(result.isReconciled()).as(result.summary()).isTrue();
        assertThat(Manifest.read(dir.resolve("out/manifest.jsonl"))).extracting(ManifestEntry::id)
                .containsExactlyInAnyOrder("a-1", "a-2", "a-3");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private BatchResult run(Path input, BiFunction<Farvel, Termination, RenderedLetter> renderer)
            throws IOException {
        return new BatchRunner(renderer).run(BatchRequest.builder(input, dir.resolve("out")).formats(List.of("txt"))
                .jobs(2).build(), BatchListener.NONE);
    }

    private Path input(String... ids) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String id : ids) {
            lines.add(String.format(RECORD, id));
        }
        return Files.writeString(dir.resolve("in.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
