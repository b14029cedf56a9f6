package no.farvel.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.farvel.core.Address;
import no.farvel.core.Provider;
import no.farvel.core.Signatory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
    @TempDir
    Path dir;

    private static final String RECORD = "{\"id\":\"%s\",\"locale\":\"en\",\"letterDate\":\"2026-11-28\","
            + "\"effectiveDate\":\"2027-01-31\",\"client\":{\"name\":\"Acme Ltd\",\"address\":{\"lines\":[\"1 High "
            + "Street\"],\"postalCode\":\"E1 1AA\",\"city\":\"London\",\"country\":\"GB\"}},"
            + "\"reasons\":[{\"type\":\"LATE_PAYMENT\"}]}";

    private static Provider provider() {
        return new Provider("Nordlys Consulting AS", "959083010",
                new Address(List.of("Kongens gate 2"), "0153", "Oslo", "NO"), "hello@nordlys.example", null, null,
                "15039603087", new Signatory("Ola Hansen", "Managing Director"));
    }

    @Test
    void runsFromJavaAndReportsEveryRecordInInputOrder() throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, String.format(RECORD, "a-1") + "\n" + String.format(RECORD, "a/2") + "\n"
                + String.format(RECORD, "a-3") + "\n");
        List<RecordOutcome> heard = Collections.synchronizedList(new ArrayList<>());

        BatchResult result = new BatchRunner().run(BatchRequest.builder(input, dir.resolve("out"))
                .formats(List.of("txt")).jobs(2).provider(provider()).build(), heard::add);

        assertThat(result.done()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.skipped()).isZero();
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.outcomes()).extracting(RecordOutcome::id).containsExactly("a-1", "a/2", "a-3");
        assertThat(result.outcomes().get(1).errorLines()).containsExactly(input + ":2 id=a/2 id: 'a/2' is not a "
                + "valid id: use 1–64 of A-Z a-z 0-9 . _ -");
        assertThat(result.outcomes().get(0).files()).extracting(WrittenFile::name).containsExactly("letter.txt");
        assertThat(heard).hasSize(3);
        assertThat(result.summary()).matches("2 done, 1 failed, 0 skipped in \\d+\\.\\d s \\(\\d+\\.\\d letters/s\\)");
    }

    @Test
    void aRunThatKeepsNoOutcomesStillCountsThemAndTellsTheListenerEach() throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, String.format(RECORD, "a-1") + "\n" + String.format(RECORD, "a/2") + "\n"
                + String.format(RECORD, "a-3") + "\n");
        BatchResult kept = new BatchRunner().run(BatchRequest.builder(input, dir.resolve("kept"))
                .formats(List.of("txt")).jobs(2).provider(provider()).build(), outcome -> { });
        List<RecordOutcome> heard = Collections.synchronizedList(new ArrayList<>());

        BatchResult counted = new BatchRunner().run(BatchRequest.builder(input, dir.resolve("counted"))
                .formats(List.of("txt")).jobs(2).provider(provider()).keepOutcomes(false).build(), heard::add);

        assertThat(counted.outcomes()).isEmpty();
        assertThat(heard).extracting(RecordOutcome::id).containsExactlyInAnyOrder("a-1", "a/2", "a-3");
        assertThat(List.of(counted.read(), counted.done(), counted.failed(), counted.skipped(), counted.warned()))
                .containsExactly(3, 2, 1, 0, kept.warned());
        assertThat(counted.isSuccess()).isFalse();
        assertThat(counted.isReconciled()).isTrue();
    }

    @Test
    void refusesNonsenseRequestsByName() {
        assertThatThrownBy(() -> BatchRequest.builder(dir, dir).jobs(0).build())
                .hasMessage("The parameter 'jobs' must be at least 1, not 0");
        assertThatThrownBy(() -> BatchRequest.builder(dir, dir).formats(List.of()).build())
                .hasMessage("The parameter 'formats' must name at least one format");
    }

    @Test
    void anOutputFolderThatCannotBeMadeStopsTheBatch() throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, String.format(RECORD, "a-1") + "\n");
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the output folder should go");

        assertThatThrownBy(() -> new BatchRunner().run(BatchRequest.builder(input, blocked).formats(List.of("txt"))
                .build(), BatchListener.NONE)).isInstanceOf(IOException.class);
    }
}
