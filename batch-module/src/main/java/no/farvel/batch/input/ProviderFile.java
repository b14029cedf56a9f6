package no.farvel.batch.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import no.farvel.core.Provider;
import no.farvel.core.json.TerminationReadException;
import no.farvel.core.json.TerminationReader;

/** Reads the provider given once for a whole batch ({@code --provider FILE}): a JSON object like a record's provider. */
public final class ProviderFile {
    /** The largest provider file read: a provider object is a few hundred bytes. */
    public static final long MAX_BYTES = 1 << 20;

    private ProviderFile() {
    }

    /**
     * Reads the provider object in {@code file} with the same strict rules as a record's {@code provider}.
     *
     * @throws TerminationReadException naming file, line and field when it is not a valid provider object
     */
    public static Provider read(Path file) throws IOException, TerminationReadException {
        Objects.requireNonNull(file, "The parameter 'file' must not be null");
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException(file + ": is not a regular file (a folder, FIFO or device); give a JSON file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + ": is " + String.format(Locale.ROOT, "%,d", Files.size(file))
                    + " bytes; a provider file is one JSON object of at most " + String.format(Locale.ROOT, "%,d",
                    MAX_BYTES) + " bytes");
        }
        String json = Files.readString(file, StandardCharsets.UTF_8);
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        // Wrapped without a line break, so the reader's line numbers are the file's own.
        String document = "{\"provider\":" + json + "\n}";
        Provider provider = TerminationReader.create().readOne(document, file.toString()).provider();
        if (provider == null) {
            throw new IOException(file + ": the file holds no provider object; give {\"name\": ..., ...}");
        }
        return provider;
    }
}
