package no.farvel.cli.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real command line ({@code farvel.jar}) in a child JVM with a small heap, as a user would. */
final class FarvelProcess {
    /** Long enough for any case on a busy machine; a case that takes longer is hanging. */
    private static final long HANG_MINUTES = 3;
    private static final Path JAR = Path.of(System.getProperty("farvel.jar", "target/farvel.jar"))
            .toAbsolutePath();

    private FarvelProcess() {
    }

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(line -> !line.startsWith("progress: ")).toList();
        }

        List<String> lines() {
            List<String> lines = new ArrayList<>(out.lines().toList());
            lines.addAll(errLines());
            return lines;
        }
    }

    /** Runs {@code farvel ARGS} in {@code dir} with the heap {@code -Xmx...}; fails the test if it hangs. */
    static Result run(Path dir, String heap, List<String> args) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing; the hostile corpus runs after 'mvn package'");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), heap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-jar",
                JAR.toString()));
        command.addAll(args);
        Path stdout = Files.createTempFile(dir.getParent(), "stdout", ".txt");
        Path stderr = Files.createTempFile(dir.getParent(), "stderr", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(HANG_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("farvel " + String.join(" ", args) + " was still running after "
                        + HANG_MINUTES + " minutes: it hangs");
            }
            return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
