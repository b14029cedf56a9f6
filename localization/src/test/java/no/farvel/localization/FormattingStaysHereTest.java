package no.farvel.localization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module but this one formats a date, an amount or a number for a letter: the main sources of every other module
 * are scanned for the JDK's formatters, and each use that is not letter text is allowed here with its reason.
 */
class FormattingStaysHereTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern FORMATTER = Pattern.compile(
            "\\b(DateTimeFormatter|NumberFormat|DecimalFormat|SimpleDateFormat|MessageFormat|CompactNumberFormat"
                    + "|DateFormat)\\b");
    /** String.format or formatted(...) with a numeric or date conversion anywhere in its statement. */
    private static final Pattern FORMAT_CALL = Pattern.compile("String\\.format\\s*\\(|\\.formatted\\s*\\(");
    private static final Pattern NUMERIC_CONVERSION = Pattern.compile("%[-#+ 0,(]*\\d*(?:\\.\\d+)?[dfeEgGaAxXotT]");

    /** "module path: what" of every use allowed outside this module, with why it is no letter text. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("core/src/main/java/no/farvel/core/json/internal/StrictScalars.java: DateTimeFormatter",
                    "parses the input's ISO dates; it writes nothing"),
            Map.entry("core/src/main/java/no/farvel/core/validation/Messages.java: String.format",
                    "code points and counts in validation errors for staff, in English"),
            Map.entry("core/src/main/java/no/farvel/core/json/internal/ErrorTranslator.java: String.format",
                    "\\uXXXX escapes of control characters in reading errors for staff"),
            Map.entry("docx-module/src/main/java/no/farvel/docx/internal/DocxRenderer.java: String.format",
                    "hexadecimal colour values inside the DOCX"),
            Map.entry("batch-module/src/main/java/no/farvel/batch/BatchResult.java: String.format",
                    "the run summary on the terminal (letters per second), in English"),
            Map.entry("cli-module/src/main/java/no/farvel/cli/internal/Progress.java: String.format",
                    "the progress line on the terminal"),
            Map.entry("cli-module/src/main/java/no/farvel/cli/internal/sample/SampleGenerator.java: String.format",
                    "ids and references of synthetic input records, which are data, not letter text"),
            Map.entry("samples/bench/src/main/java/no/farvel/bench/LetterText.java: DateTimeFormatter",
                    "the benchmark's floor: the same letter written by hand with the JDK, on purpose without Farvel"),
            Map.entry("samples/bench/src/main/java/no/farvel/bench/LetterText.java: NumberFormat",
                    "the benchmark's floor: the same letter written by hand with the JDK, on purpose without Farvel"),
            Map.entry("batch-module/src/main/java/no/farvel/batch/input/ProviderFile.java: String.format",
                    "a file size in an error for staff, in English"),
            Map.entry("batch-module/src/main/java/no/farvel/batch/input/internal/CsvTable.java: String.format",
                    "a column count in an error for staff, in English"),
            Map.entry("batch-module/src/main/java/no/farvel/batch/input/internal/LimitText.java: String.format",
                    "limits in errors for staff, in English"),
            Map.entry("batch-module/src/main/java/no/farvel/batch/internal/ProblemCap.java: String.format",
                    "the count of problems not listed in the manifest, in English"),
            Map.entry("core/src/main/java/no/farvel/core/text/Printable.java: String.format",
                    "U+XXXX names of code points in errors for staff"),
            Map.entry("server-module/src/main/java/no/farvel/server/internal/Requests.java: String.format",
                    "request sizes in problem documents for API clients, in English"),
            Map.entry("mail-module/src/main/java/no/farvel/mail/internal/MailDates.java: DateTimeFormatter",
                    "the RFC 5322 Date header, which mail software reads, not the client"),
            Map.entry("mail-module/src/main/java/no/farvel/mail/internal/LetterFolder.java: String.format",
                    "a file size in MiB in an error for staff, in English"),
            Map.entry("templates-module/src/main/java/no/farvel/templates/pack/PackLimits.java: String.format",
                    "sizes of pack limits in errors for pack authors, in English"),
            Map.entry("templates-module/src/main/java/no/farvel/templates/spi/PackImage.java: String.format",
                    "pixel counts in errors for pack authors, in English"));

    @Test
    void noOtherModuleFormatsLetterTextItself() {
        List<Path> sources = mainSources();
        assertThat(sources).as("main sources found under %s", ROOT).hasSizeGreaterThan(100);
        assertThat(sources).as("the scan reaches the modules that write letters")
                .anyMatch(p -> p.endsWith("LetterModel.java")).anyMatch(p -> p.endsWith("GuideCheck.java"));

        Set<String> found = new TreeSet<>();
        List<String> unexplained = new ArrayList<>();
        for (Path file : sources) {
            String module = ROOT.relativize(file).toString().replace('\\', '/');
            String text = read(file);
            for (String use : uses(text)) {
                String key = module + ": " + use;
                found.add(key);
                if (!ALLOWED.containsKey(key)) {
                    unexplained.add(key);
                }
            }
        }
        assertThat(unexplained).as("formatting for letters belongs in farvel-localization (LetterLocale.formats(),"
                + " words()); a use that is not letter text goes into ALLOWED with its reason").isEmpty();
        assertThat(ALLOWED.keySet()).as("allowed uses that are no longer there; remove them").isSubsetOf(found);
    }

    @Test
    void recognisesEachKindOfFormattingItForbids() {
        assertThat(uses("var f = DateTimeFormatter.ofPattern(\"d. MMMM yyyy\");")).containsExactly("DateTimeFormatter");
        assertThat(uses("NumberFormat nf = NumberFormat.getInstance(NB);")).containsExactly("NumberFormat");
        assertThat(uses("String s = String.format(Locale.ROOT,\n    \"%02d.%02d.%d\", d, m, y);"))
                .containsExactly("String.format");
        assertThat(uses("String s = \"%,.2f kr\".formatted(amount);")).containsExactly("String.format");
        assertThat(uses("String s = String.format(\"%s: %s\", a, b); } catch (NumberFormatException e) {"))
                .isEmpty();
        assertThat(uses("STNumberFormat.DECIMAL")).isEmpty();
    }

    /** The kinds of formatting a source text uses, once each. */
    private static Set<String> uses(String source) {
        Set<String> uses = new TreeSet<>();
        String code = withoutComments(source);
        Matcher formatter = FORMATTER.matcher(code);
        while (formatter.find()) {
            uses.add(formatter.group(1));
        }
        Matcher call = FORMAT_CALL.matcher(code);
        while (call.find()) {
            int end = code.indexOf(';', call.end());
            String statement = code.substring(Math.max(0, code.lastIndexOf(';', call.start()) + 1),
                    end < 0 ? code.length() : end);
            if (NUMERIC_CONVERSION.matcher(statement).find()) {
                uses.add("String.format");
            }
        }
        return uses;
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    }

    private static List<Path> mainSources() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> ROOT.relativize(p).toString().replace('\\', '/').matches("(?!localization/)"
                            + "([^/]+/)+src/main/java/.*"))
                    .filter(p -> !ROOT.relativize(p).toString().contains("/target/"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
