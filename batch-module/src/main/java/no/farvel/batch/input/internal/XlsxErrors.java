package no.farvel.batch.input.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says in plain words why a workbook cannot be read, instead of Apache POI's advice to its own programmers. */
final class XlsxErrors {
    private static final Pattern ENTRY = Pattern.compile("Entry: (\\S+)");

    private XlsxErrors() {
    }

    /** The reason for a failure while reading a part of the workbook, without the part's own name in front. */
    static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof OutOfMemoryError) {
            return "the workbook needs more memory than the heap has; lower the limits or give Farvel more memory "
                    + "(FARVEL_JAVA_OPTS=-Xmx1g)";
        }
        if (message.startsWith("Zip bomb detected!")) {
            Matcher entry = ENTRY.matcher(message);
            String part = entry.find() ? entry.group(1) : "a part of it";
            return message.contains("MAX_ENTRY_SIZE")
                    ? part + " is larger than Apache POI's limit for one part of a workbook (4 GB uncompressed)"
                    : part + " expands to more than 100 times its compressed size, so it is refused as a possible zip "
                            + "bomb (Apache POI's limit)";
        }
        if (message.contains("DOCTYPE")) {
            return "it declares a DOCTYPE, which a workbook never needs and Farvel does not read";
        }
        return firstLine(message);
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
