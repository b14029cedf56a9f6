package no.farvel.cli.internal.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import no.farvel.cli.internal.sample.TableLayout.ListLayout;

/**
 * Writes generated documents in any input format Farvel reads, one at a time: JSON Lines, a JSON array, CSV with its
 * list files beside it, or XLSX with a sheet per list.
 */
public final class SampleWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleWriter() {
    }

    /** Writes {@code count} documents from {@code generator} to {@code file}; returns the files written. */
    public static List<Path> write(SampleGenerator generator, int count, Path file, boolean withProvider)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 1; i <= count; i++) {
                    out.write(JSON.writeValueAsString(generator.next(i)));
                    out.write('\n');
                }
            }
            return List.of(file);
        }
        if (name.endsWith(".json")) {
            try (OutputStream out = Files.newOutputStream(file);
                 JsonGenerator json = JSON.createGenerator(out)) {
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
                for (int i = 1; i <= count; i++) {
                    json.writeTree(generator.next(i));
                }
                json.writeEndArray();
            }
            return List.of(file);
        }
        if (name.endsWith(".csv")) {
            return writeCsv(generator, count, file, withProvider);
        }
        if (name.endsWith(".xlsx")) {
            writeXlsx(generator, count, file, withProvider);
            return List.of(file);
        }
        throw new IllegalArgumentException("Invalid value for option '--out': '" + file
                + "' must end in .jsonl, .json, .csv or .xlsx");
    }

    private static List<Path> writeCsv(SampleGenerator generator, int count, Path file, boolean withProvider)
            throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        List<String> columns = TableLayout.mainColumns(withProvider);
        Map<ListLayout, CSVPrinter> lists = new LinkedHashMap<>();
        List<Path> written = new ArrayList<>(List.of(file));
        try (CSVPrinter main = printer(file, columns)) {
            try {
                for (ListLayout layout : TableLayout.LISTS) {
                    Path listFile = folder.resolve(layout.name() + ".csv");
                    lists.put(layout, printer(listFile, layout.header()));
                    written.add(file.resolveSibling(layout.name() + ".csv"));
                }
                for (int i = 1; i <= count; i++) {
                    ObjectNode doc = generator.next(i);
                    main.printRecord(TableLayout.mainRow(doc, columns));
                    for (Map.Entry<ListLayout, CSVPrinter> list : lists.entrySet()) {
                        list.getValue().printRecords(TableLayout.listRows(doc, list.getKey()));
                    }
                }
            } finally {
                for (CSVPrinter printer : lists.values()) {
                    printer.close();
                }
            }
        }
        return written;
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator("\n").get()
                .print(file, StandardCharsets.UTF_8);
    }

    private static void writeXlsx(SampleGenerator generator, int count, Path file, boolean withProvider)
            throws IOException {
        List<String> columns = TableLayout.mainColumns(withProvider);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet main = workbook.createSheet("clients");
            addRow(main, 0, columns);
            Map<ListLayout, Sheet> lists = new LinkedHashMap<>();
            for (ListLayout layout : TableLayout.LISTS) {
                Sheet sheet = workbook.createSheet(layout.name());
                addRow(sheet, 0, layout.header());
                lists.put(layout, sheet);
            }
            for (int i = 1; i <= count; i++) {
                ObjectNode doc = generator.next(i);
                addRow(main, i, TableLayout.mainRow(doc, columns));
                for (Map.Entry<ListLayout, Sheet> list : lists.entrySet()) {
                    Sheet sheet = list.getValue();
                    for (List<String> row : TableLayout.listRows(doc, list.getKey())) {
                        addRow(sheet, sheet.getLastRowNum() + 1, row);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.dispose();
        }
    }

    private static void addRow(Sheet sheet, int index, List<String> cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                row.createCell(i).setCellValue(cells.get(i));
            }
        }
    }
}
