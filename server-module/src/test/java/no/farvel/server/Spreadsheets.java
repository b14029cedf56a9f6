package no.farvel.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test inputs: the CSV sample folder from the test resources, and the same records as one XLSX workbook. */
final class Spreadsheets {
    static final List<String> FILES = List.of("clients", "reasons", "steps", "invoices", "refunds");

    private Spreadsheets() {
    }

    /** Copies {@code csv/*.csv} from the test resources into {@code folder}. */
    static Path csvFolder(Path folder) throws IOException {
        for (String name : FILES) {
            TestServer.copyResource("csv/" + name + ".csv", folder.resolve(name + ".csv"));
        }
        return folder;
    }

    /** The CSV files of {@code csvFolder} as sheets of one workbook, the records first. */
    static Path workbook(Path csvFolder, Path target) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            for (String name : FILES) {
                Sheet sheet = workbook.createSheet(name);
                try (Reader reader = Files.newBufferedReader(csvFolder.resolve(name + ".csv"), StandardCharsets.UTF_8)) {
                    int rowNumber = 0;
                    for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
                        Row row = sheet.createRow(rowNumber++);
                        for (int i = 0; i < record.size(); i++) {
                            if (!record.get(i).isEmpty()) {
                                row.createCell(i).setCellValue(record.get(i));
                            }
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
        return target;
    }
}
