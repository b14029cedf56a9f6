package no.farvel.templates.pack;

import static no.farvel.templates.pack.HostilePacksTest.Form.FOLDER;
import static no.farvel.templates.pack.HostilePacksTest.Form.ZIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.farvel.core.Termination;
import no.farvel.core.json.TerminationReader;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.spi.RenderException;
import no.farvel.templates.testing.DefaultPackCopy;
import no.farvel.templates.testing.HostilePack;
import no.farvel.templates.testing.HostilePack.ZipEntryBytes;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12: hostile packs, each planted in a copy of the built-in pack, as a folder and as a zip. Every one is reported
 * by verification at its file, naming what is wrong or the limit, with no stack trace; using the pack is refused
 * with the same words, when it is loaded or at the first letter; and nothing appears outside the pack.
 */
@Timeout(180)
class HostilePacksTest {
    /** Limits lower than the defaults, so the cases that run into them end quickly. */
    private static final PackLimits LIMITS = PackLimits.defaults().with("templateTime", "2s")
            .with("templateOutput", "1000000");
    private static final String OUTSIDE = "outside-secret-1729";

    @TempDir
    Path dir;

    enum Form { FOLDER, ZIP }

    @FunctionalInterface
    interface Plant {
        void into(HostilePack pack) throws IOException;
    }

    /**
     * One hostile pack.
     *
     * @param file the pack file verification names
     * @param says what the report and the refusal both say
     */
    @FunctionalInterface
    interface Zipper {
        Path zip(HostilePack pack, Path file) throws IOException;
    }

    record Case(String name, Set<Form> forms, Plant plant, Zipper zipper, String file, String says,
                PackLimits limits) {
        /** The same case with other limits. */
        Case with(String limit, String value) {
            return new Case(name, forms, plant, zipper, file, says, limits.with(limit, value));
        }
    }

    static Stream<Arguments> cases() {
        List<Case> cases = List.of(
                // Templates: evaluating data, reaching Java, unbounded work
                both("?interpret behind a comment", p -> p.inLetter("${client.name?<#-- c -->interpret}"),
                        "letter.ftlh", "?interpret is not allowed: it evaluates text as a template"),
                folder("?evalJson in an included template", p -> p.write("part.ftlh", "${client.name?evalJson}")
                        .inLetter("<#include 'part.ftlh'>"), "part.ftlh",
                        "?eval_json is not allowed: it evaluates text as a template or as JSON"),
                folder("?eval", p -> p.inLetter("${client.name?eval}"), "letter.ftlh", "?eval is not allowed"),
                folder("?new", p -> p.inLetter("${'freemarker.template.utility.Execute'?new()('id')}"),
                        "letter.ftlh", "?new is not allowed: it reaches Java classes and objects"),
                folder("?api", p -> p.inLetter("${client?api.class}"), "letter.ftlh", "?api is not allowed"),
                both("a nested list of two billion", p -> p.inLetter(
                        "<#list 1..2000000000 as i><#list 1..2000000000 as j><#if j < 0>x</#if></#list></#list>"),
                        "built-in sample en-scope.json", "the template ran longer than the limit of 2 s (templateTime)")
                        // Looping allocates; with the default memory limit that limit could stop it first.
                        .with("templateMemory", "64GiB"),
                both("a recursive macro", p -> p.inLetter("<#macro m><@m/></#macro><@m/>"),
                        "built-in sample en-scope.json", "nests deeper than 200 levels while running"),
                folder("a letter that includes itself", p -> p.inLetter("<#include 'letter.ftlh'>"),
                        "built-in sample en-scope.json", "(templateNesting)"),
                both("?left_pad(1000000000)", p -> p.inLetter("${client.name?left_pad(1000000000)}"),
                        "letter.ftlh", "?left_pad needs a literal width of at most 200"),
                folder("?right_pad with a computed width", p -> p.inLetter("${client.name?right_pad(reasons?size)}"),
                        "letter.ftlh", "?right_pad needs a literal width of at most 200"),
                folder("a range joined into one string", p -> p.inLetter("${(1..2000000000)?join(',')}"),
                        "letter.ftlh", "may only be listed with <#list> or used to slice"),
                folder("a loop with an empty body", p -> p.inLetter("<#list 1..2000000000 as i></#list>"),
                        "letter.ftlh", "has an empty body"),
                folder("a regular expression on client data", p -> p.inLetter("${client.name?matches('(a+)+b')?c}"),
                        "letter.ftlh", "?matches is not allowed: it runs a regular expression"),
                folder("<#setting>", p -> p.inLetter("<#setting locale='en'>"), "letter.ftlh",
                        "<#setting> is not allowed in a pack template"),
                folder("a template loaded by a computed name", p -> p.inLetter(
                        "${.get_optional_template('letter.ftlh').exists?c}"),
                        "letter.ftlh", "the special variable .get_optional_template is not available"),
                folder("output that never ends", p -> p.inLetter("<#list 1..2000000000 as i>0123456789</#list>"),
                        "built-in sample en-scope.json", "wrote more than the limit of 1000000 characters"),
                both("a string doubled forty times", p -> p.inLetter(
                        "<#assign s = 'x'><#list 1..40 as i><#assign s = s + s></#list>${s?length}"),
                        "built-in sample en-scope.json", "the template allocated more than the limit of 64 MiB "
                                + "(templateMemory)").with("templateMemory", "64MiB"),
                folder("a number squared forty times", p -> p.inLetter(
                        "<#assign x = 99999999999><#list 1..40 as i><#assign x = x * x></#list>${x}"),
                        "built-in sample en-scope.json", "has more than 100 digits or an exponent beyond 100"),
                folder("markup nested ten thousand deep", p -> p.inLetter(
                        "<#list 1..10000 as i><div></#list><#list 1..10000 as i></div></#list>"),
                        "built-in sample en-scope.json", "the markup nests deeper than 64 elements (markupDepth)"),
                folder("an include of a file outside the pack", p -> p.inLetter("<#include '../../../etc/passwd'>"),
                        "letter.ftlh", "the path '../../../etc/passwd' is not allowed"),
                both("a template of two megabytes", p -> p.inLetter("<#-- " + "x".repeat(2 * 1024 * 1024) + " -->"),
                        "letter.ftlh", "larger than the limit of 1 MiB for a text file (textFileSize)"),
                // Messages
                both("a message repeating {client.name} three million times", p -> p.replace(
                        "messages_en.properties", "closing.thanks=", "closing.thanks=" + "{client.name}".repeat(3_000_000)
                                + " "), "messages_en.properties", "is 37.2 MiB, larger than the limit of 16 MiB for a pack "
                                + "file (fileSize)"),
                folder("a message that grows past the output limit", p -> p.replace(
                        "messages_en.properties", "closing.thanks=", "closing.thanks=" + "{provider.addressLine}"
                                .repeat(45_000) + " "), "built-in sample en-scope.json",
                        "message 'closing.thanks' in messages_en.properties grows past the limit"),
                // Images and fonts, decoded only after their headers pass
                both("a 7000 × 7000 PNG logo of 190 KB", p -> p.write("images/logo.png", HostilePack.hugePng(7000, 7000))
                        .replace("farvel-pack.json", "\"images\": {}", "\"images\": {\"logo\": \"images/logo.png\"}"),
                        "images/logo.png", "is 7000 × 7000 pixels (49,000,000), more than the limit of 4,000,000"),
                both("a 7000 × 7000 PNG only the template names", p -> p.write("images/seal.png",
                        HostilePack.hugePng(7000, 7000)).inLetter("<p><img src=\"images/seal.png\" alt=\"\"/></p>"),
                        "letter.ftlh", "(imagePixels)"),
                both("a font whose head table claims 1 GiB", p -> p.write(HostilePack.REGULAR_FONT,
                        HostilePack.fontWithTableLength("head", 1L << 30)), HostilePack.REGULAR_FONT,
                        "has a 'head' table that claims 1073741824 bytes"),
                folder("a font whose glyf table claims 1 GiB", p -> p.write(HostilePack.REGULAR_FONT,
                        HostilePack.fontWithTableLength("glyf", 1L << 30)), HostilePack.REGULAR_FONT,
                        "has a 'glyf' table that claims 1073741824 bytes"),
                both("a truncated font", p -> p.write(HostilePack.REGULAR_FONT, java.util.Arrays.copyOf(
                        HostilePack.defaultFile(HostilePack.REGULAR_FONT), 4000)), HostilePack.REGULAR_FONT,
                        "beyond the end of the file (4000 bytes)"),
                both("a font of garbage", p -> p.write(HostilePack.REGULAR_FONT, garbageFont()),
                        HostilePack.REGULAR_FONT, "has a table directory that claims"),
                folder("an OpenType font with PostScript outlines", p -> p.write(HostilePack.REGULAR_FONT,
                        "OTTO and the rest".getBytes(StandardCharsets.US_ASCII)), HostilePack.REGULAR_FONT,
                        "is an OpenType font with PostScript (CFF) outlines"),
                // Tone rules
                both("a tone rule that backtracks for ever", p -> p.write("tone_en.txt",
                        "HOSTILE | (?:.*a){10}q | calm\n").inManifest("\"toneRules\": {\"en\": \"tone_en.txt\"}"),
                        "tone_en.txt", "the pattern '(?:.*a){10}q' repeats '.*' without an upper bound"),
                folder("a tone rule repeating alternatives", p -> p.write("tone_en.txt",
                        "HOSTILE | (?:a|aa)+$ | calm\n").inManifest("\"toneRules\": {\"en\": \"tone_en.txt\"}"),
                        "tone_en.txt", "a part that can itself match in more than one way"),
                // Folders only: what a file system can hold but a zip cannot
                folder("a symbolic link named messages_en.properties", p -> link(p, "messages_en.properties"),
                        "messages_en.properties", "'messages_en.properties' is a symbolic link; a pack may hold "
                                + "regular files only"),
                folder("a FIFO named messages_en.properties", p -> fifo(p.root().resolve("messages_en.properties")),
                        "messages_en.properties", "'messages_en.properties' is not a regular file (it is a FIFO, a "
                                + "socket or a device); a pack may hold regular files only"),
                folder("a fonts folder that is a symbolic link", HostilePacksTest::linkedFonts, HostilePack.REGULAR_FONT,
                        "'fonts' (on the way to 'fonts/LiberationSans-Regular.ttf') is a symbolic link"),
                folder("a sparse 1 GB font", p -> HostilePack.sparseFile(p.root().resolve(HostilePack.REGULAR_FONT),
                        1L << 30), HostilePack.REGULAR_FONT,
                        "is 1024 MiB, larger than the limit of 16 MiB for a pack file (fileSize)"),
                // Archives only: what a zip can hold but a folder cannot
                archive("an entry named ../evil.txt (zip-slip)", (p, zip) -> HostilePack.zipWith(zip,
                        List.of(ZipEntryBytes.of("../evil.txt", "boo"))),
                        "the archive has an entry named '../evil.txt', which leads outside the pack"),
                archive("an entry with an absolute name", (p, zip) -> HostilePack.zipWith(zip,
                        List.of(ZipEntryBytes.of("/etc/cron.d/evil", "boo"))),
                        "the archive has an entry named '/etc/cron.d/evil', which leads outside the pack"),
                archive("an entry named with backslashes", (p, zip) -> HostilePack.zipWith(zip,
                        List.of(ZipEntryBytes.of("..\\..\\evil.txt", "boo"))),
                        "which leads outside the pack"),
                archive("the same entry twice", (p, zip) -> duplicateEntry(zip),
                        "the archive has the entry 'messages_nb.properties' twice"),
                archive("a thousand and one entries", (p, zip) -> HostilePack.zipWith(zip, manyEntries(1_001)),
                        "the archive has " + (1_001 + DefaultPackCopy.FILES.size())
                                + " entries, more than the limit of 1000 (archiveEntries)"),
                archive("a zip bomb of 100 MiB of zeros", (p, zip) -> HostilePack.zipWith(zip,
                        List.of(ZipEntryBytes.zeros("images/bomb.png", 100L << 20))),
                        "the archive's entries unpack to more than the limit of 64 MiB (packSize)"),
                new Case("a 20 MiB entry named like the font", EnumSet.of(ZIP), p -> { }, (p, zip) -> replacedEntry(zip,
                        HostilePack.REGULAR_FONT, 20L << 20), HostilePack.REGULAR_FONT,
                        "is 20 MiB, larger than the limit of 16 MiB for a pack file (fileSize)", LIMITS));
        List<Arguments> arguments = new ArrayList<>();
        for (Case c : cases) {
            for (Form form : c.forms()) {
                arguments.add(Arguments.of(c.name() + " (" + form.name().toLowerCase() + ")", c, form));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isReportedAtItsFileAndRefusedWhenUsed(String name, Case hostile, Form form) throws IOException {
        Files.writeString(dir.resolve("outside.txt"), OUTSIDE);
        HostilePack pack = HostilePack.copyOfDefault(dir.resolve("pack"));
        hostile.plant().into(pack);
        String spec = form == FOLDER ? pack.root().toString()
                : hostile.zipper().zip(pack, dir.resolve("pack.zip")).toString();
        List<Path> before = listing(dir);
        PackOptions options = PackOptions.defaults().withLimits(hostile.limits());

        PackReport report = PackVerifier.verify(spec, options);

        assertThat(report.problems()).as(report.toString()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(hostile.file());
            assertThat(problem.message()).contains(hostile.says());
        });
        assertNoStackTrace(report.toString());
        Throwable refused = catchThrowable(() -> writeALetter(spec, options));
        assertThat(refused).as("using the pack").isInstanceOf(RenderException.class);
        assertThat(refused.getMessage()).contains(hostile.says()).doesNotContain(OUTSIDE);
        assertNoStackTrace(refused.getMessage());
        assertThat(listing(dir)).as("nothing written outside the pack").isEqualTo(before);
    }

    private static void writeALetter(String spec, PackOptions options) throws IOException {
        RenderedLetter letter = Farvel.builder().pack(Packs.load(spec, options)).build().render(sample());
        letter.pdf();
        letter.text();
    }

    private static Termination sample() throws IOException {
        try (InputStream in = HostilePacksTest.class.getClassLoader()
                .getResourceAsStream("no/farvel/templates/samples/en-scope.json")) {
            return TerminationReader.create().readOne(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "en-scope.json");
        } catch (no.farvel.core.json.TerminationReadException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoStackTrace(String text) {
        assertThat(text).doesNotContain("\tat ", "Exception:", "Error:", "java.lang.");
    }

    private static List<Path> listing(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> !f.startsWith(root.resolve("pack"))).sorted().toList();
        }
    }

    private static Case both(String name, Plant plant, String file, String says) {
        return new Case(name, EnumSet.of(FOLDER, ZIP), plant, HostilePack::zip, file, says, LIMITS);
    }

    private static Case folder(String name, Plant plant, String file, String says) {
        return new Case(name, EnumSet.of(FOLDER), plant, HostilePack::zip, file, says, LIMITS);
    }

    /** An archive refused as a whole when it is opened: the report names the archive. */
    private static Case archive(String name, Zipper zipper, String says) {
        return new Case(name, EnumSet.of(ZIP), p -> { }, zipper, "pack.zip", says, LIMITS);
    }

    private static List<ZipEntryBytes> manyEntries(int count) {
        List<ZipEntryBytes> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(ZipEntryBytes.of("filler/" + i + ".txt", ""));
        }
        return entries;
    }

    /** Two entries of the same name: ZipOutputStream refuses to write them, so the second is renamed after. */
    private static Path duplicateEntry(Path zip) throws IOException {
        HostilePack.zipWith(zip, List.of(ZipEntryBytes.of("messages_nb.propertieZ", "letter.title=Hacked\n")));
        byte[] bytes = Files.readAllBytes(zip);
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1).replace("messages_nb.propertieZ",
                "messages_nb.properties");
        return Files.write(zip, latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The built-in pack with one file replaced by {@code size} zeros. */
    private static Path replacedEntry(Path zip, String name, long size) throws IOException {
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (String file : no.farvel.templates.testing.TestRepository.PACK_FILES) {
                out.putNextEntry(new java.util.zip.ZipEntry(file));
                if (file.equals(name)) {
                    ZipEntryBytes.zeros(file, size).writeTo(out);
                } else {
                    out.write(HostilePack.defaultFile(file));
                }
                out.closeEntry();
            }
        }
        return zip;
    }

    private static void link(HostilePack pack, String file) throws IOException {
        Path target = pack.root().resolveSibling("outside.txt");
        Files.delete(pack.root().resolve(file));
        Files.createSymbolicLink(pack.root().resolve(file), target);
    }

    private static void linkedFonts(HostilePack pack) throws IOException {
        Path fonts = pack.root().resolve("fonts");
        Path moved = Files.move(fonts, pack.root().resolveSibling("fonts-elsewhere"));
        Files.createSymbolicLink(fonts, moved);
    }

    private static void fifo(Path file) throws IOException {
        Files.delete(file);
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
            if (mkfifo.waitFor() != 0) {
                throw new IOException("mkfifo " + file + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static byte[] garbageFont() {
        byte[] font = new byte[5000];
        new java.util.Random(12).nextBytes(font);
        font[0] = 0;
        font[1] = 1;
        font[2] = 0;
        font[3] = 0;
        font[4] = (byte) 0xff;
        return font;
    }
}
