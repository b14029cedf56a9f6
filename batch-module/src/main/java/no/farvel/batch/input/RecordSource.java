package no.farvel.batch.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import no.farvel.batch.BatchLimits;
import no.farvel.batch.input.internal.CsvRecords;
import no.farvel.batch.input.internal.JsonRecords;
import no.farvel.batch.input.internal.XlsxRecords;
import no.farvel.core.Provider;

/**
 * The records of one input file, read one at a time so that memory stays flat however many rows there are. JSON (one
 * document or an array), JSON Lines, CSV and XLSX are read with the same strict rules. Iterate once, then close.
 *
 * <p>CSV and XLSX use the contract's dotted names as columns ({@code client.address.lines}, with {@code |} between
 * lines). Lists of objects come from sibling files or sheets joined on {@code id}: {@code reasons}, {@code steps},
 * {@code invoices} and {@code refunds}. Those list files are read into memory before the first record (they are
 * keyed by id, so their rows may come in any order); the main file is streamed.
 */
public interface RecordSource extends Iterable<InputRecord>, AutoCloseable {

    /**
     * Opens an input by its file name: {@code .json}, {@code .jsonl}/{@code .ndjson}, {@code .csv} or
     * {@code .xlsx}. Records without a provider get {@code defaultProvider} when it is not null.
     *
     * @throws NoSuchFileException when the file does not exist
     * @throws IllegalArgumentException naming the file when its type is not one of these, or it is not a regular file
     * @throws IOException when the file or one of its list files cannot be read
     */
    static RecordSource open(Path input, Provider defaultProvider) throws IOException {
        return open(input, defaultProvider, BatchLimits.DEFAULT);
    }

    /**
     * Opens an input like {@link #open(Path, Provider)}, within the given limits.
     *
     * @throws IOException naming the file, line and limit when a list file or a workbook's shared strings break one
     */
    static RecordSource open(Path input, Provider defaultProvider, BatchLimits limits) throws IOException {
        Objects.requireNonNull(input, "The parameter 'input' must not be null");
        Objects.requireNonNull(limits, "The parameter 'limits' must not be null");
        if (!Files.exists(input)) {
            throw new NoSuchFileException(input.toString(), null, "no such file");
        }
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("'" + input + "' is not a regular file (a folder, FIFO or device); "
                    + "give a file of records");
        }
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        RecordSource source;
        if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            source = JsonRecords.open(input, limits);
        } else if (name.endsWith(".csv")) {
            source = CsvRecords.open(input, limits);
        } else if (name.endsWith(".xlsx")) {
            source = XlsxRecords.open(input, limits);
        } else {
            throw new IllegalArgumentException("'" + input + "' is not an input Farvel reads: use .json, .jsonl, "
                    + ".csv or .xlsx");
        }
        return defaultProvider == null ? source : ProviderDefault.wrap(source, defaultProvider);
    }

    /** The records in input order; each bad record is a record with an error. Can be called once. */
    @Override
    Iterator<InputRecord> iterator();

    /** Releases the file. */
    @Override
    void close() throws IOException;
}
