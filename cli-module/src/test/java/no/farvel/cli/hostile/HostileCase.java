package no.farvel.cli.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * One hostile input and what must come of it.
 *
 * @param name what the case is, as the test shows it
 * @param setup writes the inputs (and traps) into the sandbox
 * @param args the command line, run in the sandbox: inputs under {@code in/}, the output folder {@code out}
 * @param exitCode the exit code expected
 * @param lines fragments each of which some line of the output must contain; {@code {out}} stands for the output
 *              folder's real path
 * @param manifest the manifest lines expected, as {@code source status} in any order ({@code in/clients.jsonl:2
 *                 failed}); null when no manifest is expected to be written
 * @param heap the child JVM's heap option
 * @param then further checks on the sandbox after the run, or null
 */
record HostileCase(String name, Setup setup, List<String> args, int exitCode, List<String> lines,
                   List<String> manifest, String heap, Check then) {

    /** Writes a case's inputs. */
    @FunctionalInterface
    interface Setup {
        void prepare(Sandbox sandbox) throws Exception;
    }

    /** Checks what a case left behind. */
    @FunctionalInterface
    interface Check {
        void verify(Sandbox sandbox, FarvelProcess.Result result) throws Exception;
    }

    /** A case run with a 96 MB heap and no further checks. */
    static HostileCase of(String name, Setup setup, List<String> args, int exitCode, List<String> lines,
                          List<String> manifest) {
        return new HostileCase(name, setup, args, exitCode, lines, manifest, "-Xmx96m", null);
    }

    /** {@code batch INPUT --out out --formats txt --jobs 1} and more. */
    static List<String> batch(String input, String... more) {
        List<String> args = new ArrayList<>(List.of("batch", input, "--out", "out", "--formats", "txt", "--jobs",
                "1"));
        args.addAll(List.of(more));
        return args;
    }

    HostileCase heap(String option) {
        return new HostileCase(name, setup, args, exitCode, lines, manifest, option, then);
    }

    HostileCase then(Check check) {
        return new HostileCase(name, setup, args, exitCode, lines, manifest, heap, check);
    }

    @Override
    public String toString() {
        return name;
    }
}
