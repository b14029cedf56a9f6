package no.farvel.batch.input.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import no.farvel.batch.BatchLimits;
import no.farvel.batch.input.InputRecord;
import no.farvel.batch.input.RecordSource;

/**
 * CSV with a header row of dotted names; comma- or semicolon-separated (spreadsheets set to Norwegian write
 * semicolons). List files {@code reasons.csv}, {@code steps.csv}, {@code invoices.csv} and {@code refunds.csv} in the
 * same folder fill the lists.
 */
public final class CsvRecords implements RecordSource {
    private final CsvTable main;
    private final ListRows lists;
    private final String source;
    private final BatchLimits limits;

    private CsvRecords(CsvTable main, ListRows lists, String source, BatchLimits limits) {
        this.main = main;
        this.lists = lists;
        this.source = source;
        this.limits = limits;
    }

    /** Reads the list files beside {@code input} into memory and opens {@code input} for streaming. */
    public static RecordSource open(Path input, BatchLimits limits) throws IOException {
        ListRows lists = new ListRows(limits);
        Path folder = input.toAbsolutePath().getParent();
        for (String name : ListRows.NAMES) {
            Path file = folder.resolve(name + ".csv");
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.isSameFile(file, input)) {
                continue;
            }
            String shown = input.getParent() == null ? file.getFileName().toString()
                    : input.getParent().resolve(file.getFileName()).toString();
            if (!Files.isRegularFile(file)) {
                // A FIFO or device would block or never end; a folder is a mistake. Either way, say so.
                throw new IOException(shown + ": is not a regular file, so it cannot be read as the list file "
                        + name + ".csv; remove it or replace it with a CSV file");
            }
            try (CsvTable table = CsvTable.open(file, shown, limits.maxRecordChars(), BatchLimits.MAX_LIST_COLUMNS)) {
                table.forEachRemaining(row -> lists.add(name, row));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return new CsvRecords(CsvTable.open(input, input.toString(), limits.maxRecordChars(), Integer.MAX_VALUE),
                lists, input.toString(), limits);
    }

    @Override
    public Iterator<InputRecord> iterator() {
        return new TableRecords(main, lists, source, limits);
    }

    @Override
    public void close() throws IOException {
        main.close();
    }
}
