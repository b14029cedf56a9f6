package no.farvel.server.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The formats a letter can be fetched in over HTTP, and which one a request asks for. */
public final class LetterFormat {
    /** The e-mail as an RFC 5322 file, as {@code farvel batch --formats eml} writes it. */
    public static final String EML = "eml";
    /** Several formats at once. */
    public static final String ZIP = "zip";
    static final Map<String, String> MEDIA_TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "html", "text/html; charset=utf-8",
            "txt", "text/plain; charset=utf-8",
            EML, "message/rfc822",
            ZIP, "application/zip");
    private static final List<String> ZIP_DEFAULTS = List.of("pdf", "docx", EML);

    private LetterFormat() {
    }

    /** The media type of a letter format. */
    public static String mediaType(String format) {
        return MEDIA_TYPES.get(format);
    }

    /**
     * The formats a request asks for: the {@code format} parameter (comma-separated) when given, else the best the
     * {@code Accept} header names, else PDF. More than one format comes as a zip.
     *
     * @param available the formats this server writes, {@code eml} included
     */
    public static List<String> requested(String formatParameter, String accept, Set<String> available) {
        if (formatParameter != null) {
            Set<String> formats = new LinkedHashSet<>();
            for (String format : formatParameter.split(",")) {
                String name = format.strip().toLowerCase(Locale.ROOT);
                if (!available.contains(name)) {
                    throw ProblemException.of(400, "bad-parameter", "A query parameter is not valid", "format: '"
                            + Requests.shorten(format.strip()) + "' is not a format this server writes; choose from "
                            + String.join(", ", available.stream().sorted().toList()));
                }
                formats.add(name);
            }
            if (formats.isEmpty()) {
                throw ProblemException.of(400, "bad-parameter", "A query parameter is not valid",
                        "format: name at least one of " + String.join(", ", available.stream().sorted().toList()));
            }
            return List.copyOf(formats);
        }
        if (accept == null || accept.isBlank()) {
            return List.of("pdf");
        }
        for (String range : ranges(accept)) {
            if (range.equals("*/*") || range.equals("application/*")) {
                return List.of("pdf");
            }
            if (range.equals("application/zip")) {
                return ZIP_DEFAULTS.stream().filter(available::contains).toList();
            }
            for (String format : available) {
                String type = MEDIA_TYPES.get(format);
                if (type != null && (type.startsWith(range + ";") || type.equals(range)
                        || range.endsWith("/*") && type.startsWith(range.substring(0, range.length() - 1)))) {
                    return List.of(format);
                }
            }
        }
        throw ProblemException.of(406, "not-acceptable", "No format matches the Accept header",
                "Accept: '" + Requests.shorten(accept) + "' names no format this server writes; ask for one of "
                        + String.join(", ", available.stream().sorted().map(MEDIA_TYPES::get).toList())
                        + ", or give ?format=pdf,docx");
    }

    /** The media ranges of an Accept header, the most wanted first; ranges with q=0 are left out. */
    private static List<String> ranges(String accept) {
        record Range(String type, double q, int order) {
        }
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].split(";");
            double q = 1;
            for (String parameter : Arrays.copyOfRange(pieces, 1, pieces.length)) {
                String p = parameter.strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0) {
                ranges.add(new Range(pieces[0].strip().toLowerCase(Locale.ROOT), q, i));
            }
        }
        ranges.sort(Comparator.comparingDouble((Range r) -> -r.q()).thenComparingInt(Range::order));
        return ranges.stream().map(Range::type).toList();
    }
}
