package no.farvel.templates.testing;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs LibreOffice (headless) and poppler's command-line tools from tests, to read our output the way another
 * program does. Missing tools skip the test, unless FARVEL_REQUIRE_LIBREOFFICE is set: then they fail it.
 */
public final class LibreOffice {
    /** The environment variable that turns a missing LibreOffice into a test failure (for CI images that have it). */
    public static final String REQUIRE_VARIABLE = "FARVEL_REQUIRE_LIBREOFFICE";
    private static final long TIMEOUT_SECONDS = 120;

    private LibreOffice() {
    }

    /** Skips (or, with FARVEL_REQUIRE_LIBREOFFICE set, fails) the calling test unless soffice and pdftotext exist. */
    public static void assumeInstalled() {
        requireTool("soffice", "LibreOffice (soffice)");
        requireTool("pdftotext", "poppler-utils (pdftotext)");
    }

    /** Converts {@code input} to PDF in {@code outDir} and returns the PDF. */
    public static Path toPdf(Path input, Path outDir) throws IOException, InterruptedException {
        return convert(input, "pdf", "pdf", outDir);
    }

    /** The document's text as LibreOffice exports it (UTF-8); headers and footers are not part of it. */
    public static String toText(Path input, Path outDir) throws IOException, InterruptedException {
        return Files.readString(convert(input, "txt:Text (encoded):UTF8", "txt", outDir), StandardCharsets.UTF_8);
    }

    /**
     * The text of each document as {@link #toText} gives it, by one LibreOffice run for all: starting LibreOffice
     * costs far more than converting a letter. The inputs need distinct file names.
     */
    public static List<String> toTexts(List<Path> inputs, Path outDir) throws IOException, InterruptedException {
        List<String> texts = new java.util.ArrayList<>();
        for (Path output : convertAll(inputs, "txt:Text (encoded):UTF8", "txt", outDir)) {
            texts.add(Files.readString(output, StandardCharsets.UTF_8));
        }
        return texts;
    }

    /** The text of a PDF by pdftotext with its layout kept, so a footer stays one line. */
    public static String pdfText(Path pdf) throws IOException, InterruptedException {
        Path text = pdf.resolveSibling(pdf.getFileName() + ".txt");
        run(List.of("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), text.toString()));
        return Files.readString(text, StandardCharsets.UTF_8);
    }

    /**
     * Converts with {@code soffice --headless --convert-to FILTER}, each run with its own fresh user profile so
     * parallel or crashed runs never meet a profile lock.
     */
    public static Path convert(Path input, String filter, String extension, Path outDir)
            throws IOException, InterruptedException {
        return convertAll(List.of(input), filter, extension, outDir).get(0);
    }

    /** Converts {@code inputs} to PDF in {@code outDir} with one start of LibreOffice, and returns the PDFs in order. */
    public static List<Path> toPdfs(List<Path> inputs, Path outDir) throws IOException, InterruptedException {
        return convertAll(inputs, "pdf", "pdf", outDir);
    }

    private static List<Path> convertAll(List<Path> inputs, String filter, String extension, Path outDir)
            throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("lo-");
        try {
            installPackFonts(profile);
            List<String> command = new java.util.ArrayList<>(List.of("soffice",
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", filter, "--outdir", outDir.toString()));
            inputs.forEach(input -> command.add(input.toString()));
            run(command);
        } finally {
            deleteRecursively(profile);
        }
        List<Path> outputs = new java.util.ArrayList<>();
        for (Path input : inputs) {
            String name = input.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path output = outDir.resolve((dot < 0 ? name : name.substring(0, dot)) + "." + extension);
            if (!Files.isRegularFile(output)) {
                fail("LibreOffice reported no error but wrote no " + output + " from " + input);
            }
            outputs.add(output);
        }
        return outputs;
    }

    /** The packs' fonts as the project holds them, from the module folder a test runs in. */
    private static final List<String> PACK_FONT_FOLDERS = List.of(
            "templates-module/src/main/resources/no/farvel/templates/packs/default/fonts",
            "samples/sample-pack/src/main/resources/fonts");

    /**
     * Gives the fresh profile the fonts the packs ship (LibreOffice reads a profile's {@code user/fonts}), as a
     * reader who opens a Farvel DOCX has the letter's font: without them a machine lacking Liberation Sans sets the
     * letters in a wider fallback, and pages and positions no longer match the PDF's.
     */
    private static void installPackFonts(Path profile) throws IOException {
        Path fonts = Files.createDirectories(profile.resolve("user").resolve("fonts"));
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("templates-module"))) {
            root = root.getParent();
        }
        if (root == null) {
            return;
        }
        for (String folder : PACK_FONT_FOLDERS) {
            Path source = root.resolve(folder);
            if (!Files.isDirectory(source)) {
                continue;
            }
            try (Stream<Path> files = Files.list(source)) {
                for (Path font : files.filter(file -> file.toString().endsWith(".ttf")).toList()) {
                    Files.copy(font, fonts.resolve(font.getFileName()));
                }
            }
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[][] output = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                output[0] = process.getInputStream().readAllBytes();
            } catch (IOException e) {
                output[0] = ("(could not read the output: " + e.getMessage() + ")").getBytes(StandardCharsets.UTF_8);
            }
        });
        reader.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        if (process.exitValue() != 0) {
            String text = output[0] == null ? "" : new String(output[0], StandardCharsets.UTF_8);
            fail(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + text);
        }
    }

    private static void requireTool(String executable, String description) {
        boolean found = onPath(executable);
        if (!found && System.getenv(REQUIRE_VARIABLE) != null) {
            fail(description + " is required because " + REQUIRE_VARIABLE + " is set, but '" + executable
                + "' is not on the PATH; install it or unset " + REQUIRE_VARIABLE);
        }
        assumeTrue(found, description + " not installed; set " + REQUIRE_VARIABLE + "=1 to make this a failure");
    }

    private static boolean onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, executable))) {
                return true;
            }
        }
        return false;
    }

    private static void deleteRecursively(Path root) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
