package no.farvel.batch.input.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import no.farvel.batch.BatchLimits;
import no.farvel.batch.input.InputRecord;
import no.farvel.batch.input.RecordSource;
import no.farvel.core.json.ReadError;

/**
 * XLSX read with POI's streaming event model, never as a whole workbook: the first sheet that is not a list holds
 * the records, sheets named {@code reasons}, {@code steps}, {@code invoices} and {@code refunds} fill the lists.
 * Shared strings are streamed into a bounded store, cell text is bounded while it is parsed, and the main sheet is
 * parsed on a background thread that hands rows over through a small queue.
 */
public final class XlsxRecords implements RecordSource {
    private static final Row END = new Row("", 0, List.of());

    private final OPCPackage workbook;
    private final CappedSharedStrings strings;
    private final StylesTable styles;
    private final ListRows lists;
    private final String source;
    private final String mainSheet;
    private final BatchLimits limits;
    private Thread parser;

    private XlsxRecords(OPCPackage workbook, CappedSharedStrings strings, StylesTable styles, ListRows lists,
                        String source, String mainSheet, BatchLimits limits) {
        this.workbook = workbook;
        this.strings = strings;
        this.styles = styles;
        this.lists = lists;
        this.source = source;
        this.mainSheet = mainSheet;
        this.limits = limits;
    }

    /** Opens a workbook, reads its shared strings and list sheets into memory, and finds the sheet of records. */
    public static RecordSource open(Path input, BatchLimits limits) throws IOException {
        String source = input.toString();
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(input.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new IOException(source + ": not a readable XLSX workbook (" + XlsxErrors.reason(e) + ")", e);
        }
        try {
            CappedSharedStrings strings = CappedSharedStrings.read(workbook, source, limits);
            StylesTable styles = styles(workbook, source);
            ListRows lists = new ListRows(limits);
            String main = null;
            XSSFReader.SheetIterator sheets = sheets(workbook, source);
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    String list = name.strip().toLowerCase(Locale.ROOT);
                    if (ListRows.FIELDS.containsKey(list)) {
                        String shown = source + "[" + name + "]";
                        try {
                            read(sheet, strings, styles, new SheetRows(shown, row -> lists.add(list, row),
                                    limits.maxRecordChars(), BatchLimits.MAX_LIST_COLUMNS));
                        } catch (SheetException e) {
                            throw new IOException(e.describe(shown), e);
                        }
                    } else if (main == null) {
                        main = name;
                    }
                }
            }
            if (main == null) {
                throw new IOException(source + ": the workbook has no sheet of records, only list sheets");
            }
            return new XlsxRecords(workbook, strings, styles, lists, source, main, limits);
        } catch (IOException | RuntimeException e) {
            workbook.revert();
            if (e instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            throw e;
        }
    }

    @Override
    public Iterator<InputRecord> iterator() {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
        parser = new Thread(() -> {
            try {
                XSSFReader.SheetIterator sheets = sheets(workbook, source);
                while (sheets.hasNext()) {
                    try (InputStream sheet = sheets.next()) {
                        if (sheets.getSheetName().equals(mainSheet)) {
                            read(sheet, strings, styles, new SheetRows(source, row -> offer(queue, row),
                                    limits.maxRecordChars(), Integer.MAX_VALUE));
                            break;
                        }
                    }
                }
                offer(queue, END);
            } catch (SheetClosed e) {
                // Nobody reads the rows any more.
            } catch (Throwable e) {
                // Whatever stops the parse (a limit, broken XML, even running out of memory) ends the records
                // with an error instead of leaving the reader waiting for ever.
                offer(queue, e);
            }
        }, "farvel-xlsx-reader");
        parser.setDaemon(true);
        parser.start();
        Iterator<Row> rows = new Iterator<>() {
            private Object next;
            private int lastRow = 1;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Interrupted while reading " + source, e);
                    }
                }
                if (next instanceof SheetException e) {
                    throw new TableReadException(new ReadError(source, e.line > 0 ? e.line : lastRow + 1, 0, "",
                            e.getMessage()), e);
                }
                if (next instanceof Throwable e) {
                    throw new TableReadException(new ReadError(source, lastRow + 1, 0, "",
                            "the sheet cannot be read: " + XlsxErrors.reason(e)), null);
                }
                return next != END;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("No more rows in " + source);
                }
                Row row = (Row) next;
                next = null;
                lastRow = row.line();
                return row;
            }
        };
        return new TableRecords(rows, lists, source, limits);
    }

    @Override
    public void close() {
        if (parser != null) {
            parser.interrupt();
        }
        workbook.revert();
    }

    private static void offer(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SheetClosed();
        }
    }

    private static XSSFReader.SheetIterator sheets(OPCPackage workbook, String source) throws IOException {
        try {
            return (XSSFReader.SheetIterator) new XSSFReader(workbook).getSheetsData();
        } catch (OpenXML4JException | IOException | RuntimeException e) {
            throw new IOException(source + ": the workbook cannot be read: " + XlsxErrors.reason(e), e);
        }
    }

    private static StylesTable styles(OPCPackage workbook, String source) throws IOException {
        try {
            return new XSSFReader(workbook).getStylesTable();
        } catch (OpenXML4JException | IOException | RuntimeException e) {
            throw new IOException(source + ": the styles of the workbook cannot be read: " + XlsxErrors.reason(e), e);
        }
    }

    /** @throws SheetException saying why the sheet cannot be read (further) */
    private static void read(InputStream sheet, CappedSharedStrings strings, StylesTable styles, SheetRows rows)
            throws SheetException {
        try {
            XMLReader xml = SAXHelper.newXMLReader();
            xml.setContentHandler(new BoundedCellText(new XSSFSheetXMLHandler(styles, null, strings, rows,
                    new IsoDataFormatter(), false)));
            xml.parse(new InputSource(sheet));
        } catch (SheetRows.HeaderException e) {
            throw new SheetException(e.line(), e.getMessage());
        } catch (SAXException | ParserConfigurationException | IOException e) {
            if (e.getCause() instanceof SheetRows.HeaderException header) {
                throw new SheetException(header.line(), header.getMessage());
            }
            throw new SheetException(0, "the sheet cannot be read: " + XlsxErrors.reason(e));
        } catch (NumberFormatException | IndexOutOfBoundsException | IllegalStateException e) {
            // POI's handler trusts the row numbers and style indexes it finds; broken ones end up here.
            throw new SheetException(0, "the sheet cannot be read: " + XlsxErrors.reason(e));
        }
    }

    /** Why a sheet cannot be read, and the row where that shows (0 when unknown). */
    private static final class SheetException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        SheetException(int line, String reason) {
            super(reason);
            this.line = line;
        }

        /** The error line for the sheet as named in messages. */
        String describe(String shown) {
            return shown + (line > 0 ? ":" + line : "") + " " + getMessage();
        }
    }

    /** Stops the parse when nobody reads the rows any more. */
    private static final class SheetClosed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SheetClosed() {
            super(null, null, false, false);
        }
    }
}
