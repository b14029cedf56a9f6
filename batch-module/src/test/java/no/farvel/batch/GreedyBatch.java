package no.farvel.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch, run in a child JVM with a small heap by {@link BatchAccountingTest}, in which rendering the record with id
 * {@code greedy} takes memory until there is none. Prints the summary and exits as the command line would.
 */
public final class GreedyBatch {
    private GreedyBatch() {
    }

    public static void main(String[] args) throws Exception {
        BatchRunner runner = new BatchRunner((farvel, termination) -> {
            if (termination.id().equals("greedy")) {
                List<long[]> hoard = new ArrayList<>();
                while (true) {
                    hoard.add(new long[1 << 16]);
                }
            }
            return farvel.render(termination);
        });
        BatchResult result = runner.run(BatchRequest.builder(Path.of(args[0]), Path.of(args[1]))
                .formats(List.of("txt")).jobs(2).build(), outcome -> outcome.errorLines().forEach(System.err::println));
        System.out.println(result.summary());
        System.exit(result.isSuccess() ? 0 : 1);
    }
}
