package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFormatsTest {
    private static final int COUNT = 14;

    @TempDir
    Path dir;

    @Test
    void jsonLinesJsonCsvAndXlsxOfTheSameDataGiveIdenticalLetters() throws IOException {
        Path jsonl = TestFiles.sample(dir.resolve("jsonl/clients.jsonl"), COUNT);
        Path json = TestFiles.sample(dir.resolve("json/clients.json"), COUNT);
        Path csv = TestFiles.sample(dir.resolve("csv/clients.csv"), COUNT);
        Path xlsx = TestFiles.sample(dir.resolve("xlsx/clients.xlsx"), COUNT);
        List<String> ids = TestFiles.readJsonLines(jsonl).stream().map(r -> r.get("id").asText()).toList();

        for (Path input : List.of(jsonl, json, csv, xlsx)) {
            Cli.Run run = Cli.run("batch", input.toString(), "--out", input.resolveSibling("out").toString(),
                    "--formats", "txt,html,pdf");
            assertThat(run.exitCode()).as(input + ": " + run.err()).isZero();
        }

        for (String id : ids) {
            Path expected = dir.resolve("jsonl/out").resolve(id);
            for (String other : List.of("json", "csv", "xlsx")) {
                Path actual = dir.resolve(other).resolve("out").resolve(id);
                assertThat(actual.resolve("letter.txt")).as(other + " " + id)
                        .hasSameBinaryContentAs(expected.resolve("letter.txt"));
                assertThat(actual.resolve("letter.html")).as(other + " " + id)
                        .hasSameBinaryContentAs(expected.resolve("letter.html"));
                assertThat(pdfText(actual.resolve("letter.pdf"))).as(other + " " + id)
                        .isEqualTo(pdfText(expected.resolve("letter.pdf")));
            }
        }
    }

    @Test
    void csvWithSemicolonsAByteOrderMarkAndQuotedLineBreaksKeepsItsLineNumbers() throws IOException {
        Path provider = TestFiles.write(dir.resolve("provider.json"), TestFiles.PROVIDER);
        Path clients = TestFiles.write(dir.resolve("clients.csv"), "\uFEFFid;locale;letterDate;effectiveDate;"
                + "client.name;client.address.lines;client.address.postalCode;client.address.city;reasons[0].type;"
                + "reasons[0].detail\n"
                + "a-1;nb;2026-11-28;2027-01-31;Acme AS;Storgata 1;0155;Oslo;OTHER;\"Two lines:\nsecond\"\n"
                + "\n"
                + "a-2;nb;2026-11-28;2027-01-31;Acme AS;Storgata 1;155;Oslo;LATE_PAYMENT;\n");

        Cli.Run run = Cli.run("validate", clients.toString(), "--provider", provider.toString());

        assertThat(run.errLines()).containsExactly(
                clients + ":2 id=a-1 reasons[0].detail: 'Two lines:\\nsecond' contains the control character U+000A at "
                        + "position 11; remove line breaks, tabs and other control characters",
                clients + ":5 id=a-2 client.address.postalCode: '155' is not a Norwegian postal code: use 4 digits, "
                        + "such as 0153");
        assertThat(run.outLines()).containsExactly("2 records, 0 valid, 2 invalid");
    }

    @Test
    void anXlsxWithNumbersAndDatesTypedAsSuchReadsLikeText() throws IOException {
        Path book = dir.resolve("typed.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet("records");
            String[] header = {"id", "locale", "letterDate", "effectiveDate", "client.name", "client.orgNumber",
                "client.address.lines", "client.address.postalCode", "client.address.city", "reasons[0].type"};
            var top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("typed-1");
            row.createCell(1).setCellValue("nb");
            row.createCell(2).setCellValue(java.time.LocalDate.of(2026, 11, 28));
            row.getCell(2).setCellStyle(dates);
            row.createCell(3).setCellValue(java.time.LocalDate.of(2027, 1, 31));
            row.getCell(3).setCellStyle(dates);
            row.createCell(4).setCellValue("Acme AS");
            row.createCell(5).setCellValue(959083010d);
            row.createCell(6).setCellValue("Storgata 1");
            row.createCell(7).setCellValue("0155");
            row.createCell(8).setCellValue("Oslo");
            row.createCell(9).setCellValue("LATE_PAYMENT");
            var invoices = workbook.createSheet("invoices");
            String[] columns = {"id", "number", "issued", "due", "amount", "currency", "status"};
            var head = invoices.createRow(0);
            for (int i = 0; i < columns.length; i++) {
                head.createCell(i).setCellValue(columns[i]);
            }
            var invoice = invoices.createRow(1);
            invoice.createCell(0).setCellValue("typed-1");
            invoice.createCell(1).setCellValue(20261041d);
            invoice.createCell(2).setCellValue("2026-11-15");
            invoice.createCell(3).setCellValue("2026-12-15");
            invoice.createCell(4).setCellValue(12400.5d);
            invoice.createCell(5).setCellValue("NOK");
            invoice.createCell(6).setCellValue("OPEN");
            try (var out = Files.newOutputStream(book)) {
                workbook.write(out);
            }
        }
        Path provider = TestFiles.write(dir.resolve("provider.json"), TestFiles.PROVIDER);

        Cli.Run run = Cli.run("batch", book.toString(), "--provider", provider.toString(), "--out",
                dir.resolve("out").toString(), "--formats", "txt");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String letter = Files.readString(dir.resolve("out/typed-1/letter.txt"));
        // The organisation number passed its MOD11 check, so it was read as nine digits, not as 9.5908301E8.
        assertThat(letter).contains("Oslo, 28.\u00A0november\u00A02026")
                .containsPattern("utløpet\\s+av[\\s\\u00A0]+31\\.[\\s\\u00A0]+januar")
                .containsPattern("20261041 +15\\.11\\.2026 +15\\.12\\.2026 +Ikke forfalt +kr.12.400,50");
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
