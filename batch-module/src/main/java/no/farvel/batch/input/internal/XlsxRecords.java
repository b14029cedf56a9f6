package no.farvel.batch.input.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
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
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import no.farvel.batch.input.InputRecord;
import no.farvel.batch.input.RecordSource;

/**
 * XLSX read with POI's streaming event model, never as a whole workbook: the first sheet that is not a list holds
 * the records, sheets named {@code reasons}, {@code steps}, {@code invoices} and {@code refunds} fill the lists.
 * The main sheet is parsed on a background thread that hands rows over through a small queue.
 */
public final class XlsxRecords implements RecordSource {
    private static final Row END = new Row("", 0, java.util.List.of());

    private final OPCPackage workbook;
    private final ListRows lists;
    private final String source;
    private final String mainSheet;
    private Thread parser;

    private XlsxRecords(OPCPackage workbook, ListRows lists, String source, String mainSheet) {
        this.workbook = workbook;
        this.lists = lists;
        this.source = source;
        this.mainSheet = mainSheet;
    }

    public static RecordSource open(Path input) throws IOException {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(input.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new IOException(input + ": not a readable XLSX workbook (" + e.getMessage() + ")", e);
        }
        try {
            String source = input.toString();
            ListRows lists = new ListRows();
            String main = null;
            XSSFReader.SheetIterator sheets = sheets(workbook);
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    String list = name.strip().toLowerCase(Locale.ROOT);
                    if (ListRows.FIELDS.containsKey(list)) {
                        read(workbook, sheet, source + "[" + name + "]", row -> lists.add(list, row));
                    } else if (main == null) {
                        main = name;
                    }
                }
            }
            if (main == null) {
                throw new IOException(source + ": the workbook has no sheet of records, only list sheets");
            }
            return new XlsxRecords(workbook, lists, source, main);
        } catch (IOException | RuntimeException e) {
            workbook.revert();
            throw e;
        }
    }

    @Override
    public Iterator<InputRecord> iterator() {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
        parser = new Thread(() -> {
            try {
                XSSFReader.SheetIterator sheets = sheets(workbook);
                while (sheets.hasNext()) {
                    try (InputStream sheet = sheets.next()) {
                        if (sheets.getSheetName().equals(mainSheet)) {
                            read(workbook, sheet, source, row -> offer(queue, row));
                            break;
                        }
                    }
                }
                offer(queue, END);
            } catch (IOException | RuntimeException e) {
                offer(queue, e);
            }
        }, "farvel-xlsx-reader");
        parser.setDaemon(true);
        parser.start();
        Iterator<Row> rows = new Iterator<>() {
            private Object next;

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
                if (next instanceof Exception e) {
                    throw new UncheckedIOException(new IOException(source + ": the sheet cannot be read: "
                            + e.getMessage(), e));
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
                return row;
            }
        };
        return new TableRecords(rows, lists, source);
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

    private static XSSFReader.SheetIterator sheets(OPCPackage workbook) throws IOException {
        try {
            return (XSSFReader.SheetIterator) new XSSFReader(workbook).getSheetsData();
        } catch (OpenXML4JException e) {
            throw new IOException("The workbook cannot be read: " + e.getMessage(), e);
        }
    }

    private static void read(OPCPackage workbook, InputStream sheet, String source, Consumer<Row> rows)
            throws IOException {
        try {
            XSSFReader reader = new XSSFReader(workbook);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            XMLReader xml = SAXHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new SheetRows(source, rows),
                    new IsoDataFormatter(), false));
            xml.parse(new InputSource(sheet));
        } catch (SheetClosed e) {
            // The reader was closed before the end of the sheet; nothing more is wanted.
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException(source + ": the sheet cannot be read: " + e.getMessage(), e);
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
