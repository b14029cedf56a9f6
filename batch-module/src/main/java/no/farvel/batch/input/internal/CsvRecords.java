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
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import no.farvel.batch.input.InputRecord;
import no.farvel.batch.input.RecordSource;

/**
 * CSV with a header row of dotted names; comma- or semicolon-separated (spreadsheets set to Norwegian write
 * semicolons). List files {@code reasons.csv}, {@code steps.csv}, {@code invoices.csv} and {@code refunds.csv} in the
 * same folder fill the lists.
 */
public final class CsvRecords implements RecordSource {
    private final Table main;
    private final ListRows lists;
    private final String source;

    private CsvRecords(Table main, ListRows lists, String source) {
        this.main = main;
        this.lists = lists;
        this.source = source;
    }

    public static RecordSource open(Path input) throws IOException {
        ListRows lists = new ListRows();
        Path folder = input.toAbsolutePath().getParent();
        for (String name : ListRows.NAMES) {
            Path file = folder.resolve(name + ".csv");
            if (Files.isRegularFile(file) && !Files.isSameFile(file, input)) {
                String shown = input.getParent() == null ? file.getFileName().toString()
                        : input.getParent().resolve(file.getFileName()).toString();
                try (Table table = Table.open(file, shown)) {
                    table.forEachRemaining(row -> lists.add(name, row));
                }
            }
        }
        return new CsvRecords(Table.open(input, input.toString()), lists, input.toString());
    }

    @Override
    public Iterator<InputRecord> iterator() {
        return new TableRecords(main, lists, source);
    }

    @Override
    public void close() throws IOException {
        main.close();
    }

    /** The rows of one CSV file, read one at a time. */
    private static final class Table implements Iterator<Row>, AutoCloseable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final List<String> header;
        private final String source;
        private long previousEnd;

        private Table(CSVParser parser, String source) {
            this.parser = parser;
            this.records = parser.iterator();
            this.header = parser.getHeaderNames();
            this.source = source;
            this.previousEnd = parser.getCurrentLineNumber();
        }

        static Table open(Path file, String source) throws IOException {
            BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            try {
                reader.mark(1);
                if (reader.read() != '\uFEFF') {
                    reader.reset();
                }
                reader.mark(64 * 1024);
                String first = reader.readLine();
                reader.reset();
                char delimiter = first != null && first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
                CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                        .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
                return new Table(CSVParser.parse(reader, format), source);
            } catch (IllegalArgumentException | IllegalStateException e) {
                reader.close();
                throw new IOException(source + ":1 the header row cannot be read: " + e.getMessage(), e);
            } catch (IOException | RuntimeException e) {
                reader.close();
                throw e;
            }
        }

        @Override
        public boolean hasNext() {
            try {
                return records.hasNext();
            } catch (UncheckedIOException e) {
                throw new UncheckedIOException(source + ":" + (previousEnd + 1) + " cannot be read as CSV ("
                        + e.getCause().getMessage() + "); check the quotes in that row", e.getCause());
            }
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException("No more rows in " + source);
            }
            CSVRecord record = records.next();
            long end = parser.getCurrentLineNumber();
            long breaks = 0;
            List<Row.Cell> cells = new ArrayList<>();
            for (int i = 0; i < record.size(); i++) {
                String value = record.get(i);
                breaks += value.chars().filter(c -> c == '\n').count();
                if (!value.isEmpty()) {
                    cells.add(new Row.Cell(i < header.size() ? header.get(i) : "column " + (i + 1), value));
                }
            }
            int line = (int) Math.max(previousEnd + 1, end - breaks);
            previousEnd = Math.max(end, line);
            return new Row(source, line, cells);
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }
}
