package no.farvel.server.internal;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes a batch upload apart into its job folder: the multipart parts go to disk as they arrive (Jetty spools them
 * to the work folder's {@code tmp/}), and each is copied under a name the server chooses. The uploaded file name is
 * kept only when it is a plain name such as {@code clients.csv}, so error locations read as on the command line.
 */
public final class Uploads {
    /** A plain file name: no folder, no leading dot. */
    public static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** The input types a batch reads. */
    static final Set<String> INPUT_TYPES = Set.of("json", "jsonl", "ndjson", "csv", "xlsx");
    /** The list files beside a CSV input, by part name. */
    static final List<String> LIST_PARTS = List.of("reasons", "steps", "invoices", "refunds");

    private Uploads() {
    }

    /** Refuses with 413 an upload whose declared length is over the limit, before a byte of it is read. */
    public static void checkDeclaredLength(Context ctx, long maxBytes) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
    }

    /** The parts of a multipart upload by name; a 413 problem when Jetty stops it for its size. */
    public static Map<String, List<UploadedFile>> parts(Context ctx, long maxBytes) {
        if (!ctx.isMultipartFormData()) {
            throw ProblemException.of(415, "not-multipart", "Send the batch as multipart/form-data",
                    "Upload the records as the part 'input' of a multipart/form-data request, such as curl -F "
                            + "input=@clients.csv");
        }
        try {
            return ctx.uploadedFileMap();
        } catch (Exception e) { // Jetty's ServletException comes through Kotlin undeclared
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage())
                        .toLowerCase(Locale.ROOT).contains("max")) {
                    throw tooLarge(maxBytes);
                }
            }
            throw ProblemException.of(400, "bad-upload", "The upload could not be read as multipart/form-data",
                    "Send the records as the part 'input' of a multipart/form-data request");
        }
    }

    private static ProblemException tooLarge(long maxBytes) {
        return ProblemException.of(413, "too-large", "The upload is too large", "The upload is larger than this "
                + "server's limit of " + Requests.size(maxBytes) + "; split the batch");
    }

    /**
     * Stores the input and its list files in {@code uploadDir}; returns the name the input was stored under.
     *
     * @throws ProblemException 400 or 415 naming the part that is missing, repeated or of the wrong type
     */
    public static String store(Map<String, List<UploadedFile>> parts, Path uploadDir) throws IOException {
        UploadedFile input = single(parts, "input");
        if (input == null) {
            throw ProblemException.of(400, "missing-input", "The upload has no records",
                    "input: add the records as the part 'input' (.json, .jsonl, .csv or .xlsx)");
        }
        String extension = extension(input.filename());
        if (!INPUT_TYPES.contains(extension)) {
            throw ProblemException.of(415, "unsupported-input", "Farvel does not read this kind of file",
                    "input: '" + Requests.shorten(input.filename()) + "' is not an input Farvel reads: use .json, "
                            + ".jsonl, .csv or .xlsx");
        }
        String name = storedName(input.filename(), extension);
        Files.createDirectories(uploadDir);
        copy(input, uploadDir.resolve(name));
        for (String list : LIST_PARTS) {
            UploadedFile file = single(parts, list);
            if (file != null) {
                if (!extension.equals("csv")) {
                    throw ProblemException.of(400, "list-file-without-csv", "List files go with a CSV input",
                            list + ": list files go beside a .csv input; an .xlsx holds its lists as sheets and "
                                    + "JSON holds them in each record");
                }
                copy(file, uploadDir.resolve(list + ".csv"));
            }
        }
        return name;
    }

    /** The part named {@code name}, or null; a 400 problem when it is given twice. */
    public static UploadedFile single(Map<String, List<UploadedFile>> parts, String name) {
        List<UploadedFile> files = parts.getOrDefault(name, List.of());
        if (files.size() > 1) {
            throw ProblemException.of(400, "repeated-part", "A part is given twice",
                    name + ": give one file in this part, not " + files.size());
        }
        return files.isEmpty() ? null : files.get(0);
    }

    /** Copies a part to {@code target}, streaming. */
    public static void copy(UploadedFile file, Path target) throws IOException {
        try (InputStream in = file.content()) {
            Files.copy(in, target);
        }
    }

    private static String storedName(String uploaded, String extension) {
        String base = uploaded == null ? "" : uploaded.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        boolean listName = LIST_PARTS.stream().anyMatch(list -> (list + ".csv").equalsIgnoreCase(uploaded));
        return SAFE_NAME.matcher(base).matches() && !listName ? base : "input." + extension;
    }

    private static String extension(String filename) {
        if (filename == null) {
            return "";
        }
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
