package no.farvel.batch.input.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import no.farvel.core.json.ReadError;

/**
 * The rows of one CSV file, read one at a time, each row bounded: a row longer than the record limit is reported on
 * its own, and one so long that the parser cannot find its end stops the file there with an error that says so.
 */
final class CsvTable implements Iterator<Row>, AutoCloseable {
    /** How much of the first line is looked at to tell commas from semicolons. */
    private static final int SNIFF_CHARS = 64 * 1024;

    private final CSVParser parser;
    private final BoundedReader bounded;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final String source;
    private final int maxRowChars;
    private final int maxColumns;
    private long previousEnd;

    private CsvTable(CSVParser parser, BoundedReader bounded, String source, int maxRowChars, int maxColumns) {
        this.parser = parser;
        this.bounded = bounded;
        this.records = parser.iterator();
        this.header = parser.getHeaderNames();
        this.source = source;
        this.maxRowChars = maxRowChars;
        this.maxColumns = maxColumns;
        this.previousEnd = parser.getCurrentLineNumber();
    }

    /**
     * Opens a CSV file whose first row names the columns.
     *
     * @param maxColumns the most columns the header may name, and the most values a row may have
     * @throws IOException naming the file and line when the header cannot be read or breaks a limit
     */
    static CsvTable open(Path file, String source, int maxRowChars, int maxColumns) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            char delimiter = delimiter(reader);
            BoundedReader bounded = new BoundedReader(reader, maxRowChars);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                    .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
            CSVParser parser = CSVParser.parse(bounded, format);
            bounded.rowDone();
            int columns = parser.getHeaderNames().size();
            if (columns > maxColumns) {
                parser.close();
                throw new IOException(source + ":1 the header names " + String.format(Locale.ROOT, "%,d", columns)
                        + " columns; " + (maxColumns == no.farvel.batch.BatchLimits.MAX_LIST_COLUMNS
                        ? "a list file has at most " + maxColumns + " (its id and the fields of one entry)"
                        : "the limit is " + maxColumns));
            }
            return new CsvTable(parser, bounded, source, maxRowChars, maxColumns);
        } catch (BoundedReader.RowTooLongException e) {
            reader.close();
            throw new IOException(source + ":1 the header row is longer than the limit of "
                    + LimitText.number(maxRowChars) + " characters for a row (" + LimitText.RECORD_OPTION + ")", e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            reader.close();
            throw new IOException(source + ":1 the header row cannot be read: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Semicolons when the first line has them and no commas (spreadsheets set to Norwegian write those). */
    private static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(SNIFF_CHARS + 1);
        char[] start = new char[SNIFF_CHARS];
        int n = 0;
        while (n < start.length) {
            int read = reader.read(start, n, start.length - n);
            if (read < 0) {
                break;
            }
            n += read;
        }
        reader.reset();
        boolean semicolon = false;
        for (int i = 0; i < n && start[i] != '\n'; i++) {
            if (start[i] == ',') {
                return ',';
            }
            semicolon |= start[i] == ';';
        }
        return semicolon ? ';' : ',';
    }

    /** @throws TableReadException naming the file and line when the CSV cannot be read past this point */
    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            String reason = e.getCause() instanceof BoundedReader.RowTooLongException
                    ? "the row is so long that its end cannot be found: it goes on past twice the limit of "
                            + LimitText.number(maxRowChars) + " characters for a row (" + LimitText.RECORD_OPTION
                            + "); check for a quote that is never closed"
                    : "cannot be read as CSV (" + e.getCause().getMessage() + "); check the quotes in that row";
            throw new TableReadException(new ReadError(source, (int) previousEnd + 1, 0, "", reason), e.getCause());
        }
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more rows in " + source);
        }
        CSVRecord record = records.next();
        bounded.rowDone();
        long end = parser.getCurrentLineNumber();
        long breaks = 0;
        long chars = 0;
        List<Row.Cell> cells = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i);
            chars += value.length() + 1;
            breaks += value.chars().filter(c -> c == '\n').count();
            if (!value.isEmpty()) {
                cells.add(new Row.Cell(i < header.size() ? header.get(i) : "column " + (i + 1), value));
            }
        }
        int line = (int) Math.max(previousEnd + 1, end - breaks);
        previousEnd = Math.max(end, line);
        ReadError error = null;
        if (chars - 1 > maxRowChars) {
            error = new ReadError(source, line, 0, "", "the row is " + LimitText.number(chars - 1)
                    + " characters long; the limit for a row is " + LimitText.number(maxRowChars) + " ("
                    + LimitText.RECORD_OPTION + ")");
        } else if (record.size() > maxColumns) {
            error = new ReadError(source, line, 0, "", "the row has " + record.size() + " values; a list file has at "
                    + "most " + maxColumns + " columns");
        }
        if (error != null) {
            cells = cells.stream().filter(c -> c.column().equals("id") && c.value().length() <= 64).toList();
        }
        return new Row(source, line, cells, error);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
