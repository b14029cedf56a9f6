package no.farvel.templates.pack;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much a template pack may take: the size of its files, the time, output, nesting and memory of its templates,
 * the depth of the markup they emit and the pixels of its images. A pack that goes past one is refused with a
 * {@link no.farvel.templates.spi.LimitExceededException} that names the limit.
 *
 * @param fileSize the largest pack file, in bytes (fonts are the big ones)
 * @param textFileSize the largest manifest, template, message bundle, tone rules file or sample, in bytes
 * @param packSize all the files of a pack together, in bytes (of a jar or zip: their unpacked sizes)
 * @param archiveEntries the most entries a pack's jar or zip may hold
 * @param templateTime how long one letter's template may run
 * @param templateOutput the most characters one letter's template may write
 * @param templateNesting how deep template elements may nest while running, macro calls and includes counted
 * @param templateMemory the most bytes one letter's template may allocate while it runs (where the JVM can tell)
 * @param markupDepth how deep the elements of the letter markup may nest
 * @param imagePixels the most pixels (width × height) an image may have; checked in its header before decoding
 */
public record PackLimits(long fileSize, long textFileSize, long packSize, int archiveEntries, Duration templateTime,
                         long templateOutput, int templateNesting, long templateMemory, int markupDepth,
                         long imagePixels) {
    /** The names of the limits, as {@link #with(String, String)} and error messages spell them. */
    public static final List<String> NAMES = List.of("fileSize", "textFileSize", "packSize", "archiveEntries",
            "templateTime", "templateOutput", "templateNesting", "templateMemory", "markupDepth", "imagePixels");

    private static final long MIB = 1024L * 1024;
    private static final Pattern SIZE = Pattern.compile("(\\d[\\d_]*)\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)");
    private static final Pattern TIME = Pattern.compile("(\\d[\\d_]*)\\s*(ms|s|m|min)");

    public PackLimits {
        Objects.requireNonNull(templateTime, "The parameter 'templateTime' must not be null");
        if (fileSize < 1 || textFileSize < 1 || packSize < 1 || archiveEntries < 1 || templateTime.isNegative()
                || templateTime.isZero() || templateOutput < 1 || templateNesting < 1 || templateMemory < 1
                || markupDepth < 1 || imagePixels < 1) {
            throw new IllegalArgumentException("Every pack limit must be positive");
        }
    }

    /** The limits Farvel uses unless told otherwise; generous for any real letter. */
    public static PackLimits defaults() {
        return new PackLimits(16 * MIB, MIB, 64 * MIB, 1_000, Duration.ofSeconds(10), 2 * MIB, 200, 128 * MIB, 64,
                4_000_000);
    }

    /**
     * These limits with the one named changed, the value given as on the command line: sizes in bytes or with a
     * unit ({@code 32MiB}, {@code 512KiB}), times with one ({@code 30s}, {@code 500ms}), counts as plain numbers.
     *
     * @throws IllegalArgumentException naming the limit and the form expected when the name or value is not valid
     */
    public PackLimits with(String name, String value) {
        Objects.requireNonNull(name, "The parameter 'name' must not be null");
        Objects.requireNonNull(value, "The parameter 'value' must not be null");
        String v = value.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "fileSize" -> new PackLimits(size(name, v), textFileSize, packSize, archiveEntries, templateTime,
                    templateOutput, templateNesting, templateMemory, markupDepth, imagePixels);
            case "textFileSize" -> new PackLimits(fileSize, size(name, v), packSize, archiveEntries, templateTime,
                    templateOutput, templateNesting, templateMemory, markupDepth, imagePixels);
            case "packSize" -> new PackLimits(fileSize, textFileSize, size(name, v), archiveEntries, templateTime,
                    templateOutput, templateNesting, templateMemory, markupDepth, imagePixels);
            case "archiveEntries" -> new PackLimits(fileSize, textFileSize, packSize, (int) count(name, v, true),
                    templateTime, templateOutput, templateNesting, templateMemory, markupDepth, imagePixels);
            case "templateTime" -> new PackLimits(fileSize, textFileSize, packSize, archiveEntries, time(name, v),
                    templateOutput, templateNesting, templateMemory, markupDepth, imagePixels);
            case "templateOutput" -> new PackLimits(fileSize, textFileSize, packSize, archiveEntries, templateTime,
                    count(name, v, false), templateNesting, templateMemory, markupDepth, imagePixels);
            case "templateNesting" -> new PackLimits(fileSize, textFileSize, packSize, archiveEntries, templateTime,
                    templateOutput, (int) count(name, v, true), templateMemory, markupDepth, imagePixels);
            case "templateMemory" -> new PackLimits(fileSize, textFileSize, packSize, archiveEntries, templateTime,
                    templateOutput, templateNesting, size(name, v), markupDepth, imagePixels);
            case "markupDepth" -> new PackLimits(fileSize, textFileSize, packSize, archiveEntries, templateTime,
                    templateOutput, templateNesting, templateMemory, (int) count(name, v, true), imagePixels);
            case "imagePixels" -> new PackLimits(fileSize, textFileSize, packSize, archiveEntries, templateTime,
                    templateOutput, templateNesting, templateMemory, markupDepth, count(name, v, false));
            default -> throw new IllegalArgumentException("'" + name + "' is not a pack limit; use one of "
                    + String.join(", ", NAMES));
        };
    }

    /** How to raise the limit {@code name}, for the end of an error message. */
    public static String howToRaise(String name) {
        return "raise it with --pack-limit " + name + "=VALUE or PackLimits.with(\"" + name + "\", VALUE)";
    }

    /** A byte count as people read it: {@code 16 MiB}, {@code 512 KiB}, {@code 300 bytes}. */
    public static String bytes(long bytes) {
        if (bytes >= MIB && bytes % MIB == 0 || bytes >= 10 * MIB) {
            return bytes % MIB == 0 ? bytes / MIB + " MiB" : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB);
        }
        if (bytes >= 1024) {
            return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static long size(String name, String value) {
        Matcher m = SIZE.matcher(value);
        if (!m.matches()) {
            throw invalid(name, value, "a size such as 32MiB, 512KiB or 1048576");
        }
        long unit = switch (m.group(2)) {
            case "k", "kb", "kib" -> 1024;
            case "m", "mb", "mib" -> MIB;
            case "g", "gb", "gib" -> 1024 * MIB;
            default -> 1;
        };
        return Math.multiplyExact(positive(name, value, m.group(1)), unit);
    }

    private static Duration time(String name, String value) {
        Matcher m = TIME.matcher(value);
        if (!m.matches()) {
            throw invalid(name, value, "a time such as 30s, 500ms or 2m");
        }
        long amount = positive(name, value, m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }

    private static long count(String name, String value, boolean isInt) {
        if (!value.matches("\\d[\\d_]*")) {
            throw invalid(name, value, "a whole number such as 500");
        }
        long n = positive(name, value, value);
        if (isInt && n > Integer.MAX_VALUE) {
            throw invalid(name, value, "a whole number up to " + Integer.MAX_VALUE);
        }
        return n;
    }

    private static long positive(String name, String value, String digits) {
        try {
            long n = Long.parseLong(digits.replace("_", ""));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // too large: reported below
        }
        throw invalid(name, value, "a positive number that fits in 64 bits");
    }

    private static IllegalArgumentException invalid(String name, String value, String expected) {
        return new IllegalArgumentException("The pack limit " + name + " cannot be '" + value + "'; give " + expected);
    }
}
