package no.farvel.cli.hostile;

import static no.farvel.cli.hostile.HostileCase.of;
import static no.farvel.cli.hostile.Records.CSV_HEADER;
import static no.farvel.cli.hostile.Records.csvRow;
import static no.farvel.cli.hostile.Records.jsonl;
import static no.farvel.cli.hostile.Records.valid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Hostile data: JSON, JSON Lines, CSV with list files, XLSX, and the provider file. Big inputs are made here, at test
 * time. Each line of the table is one case: its input, the command, the exit code, the error line(s) expected and the
 * manifest lines expected.
 */
class HostileDataIT extends HostileCorpus {
    private static final String JSONL = "in/clients.jsonl";
    private static final String CSV = "in/clients.csv";
    private static final String XLSX = "in/book.xlsx";
    private static final String INVOICE = "{\"number\":\"2026-1041\",\"issued\":\"2026-11-15\",\"due\":\"2026-12-15\","
            + "\"amount\":%s,\"currency\":\"NOK\",\"status\":\"OPEN\"}";

    static Stream<HostileCase> cases() {
        return Stream.of(
                // Numbers: an exponent that would make a number longer than 100 digits is refused as it is read.
                of("JSON: amount 1e10000000 is refused when read, the next record is still written",
                        s -> s.write(JSONL, jsonl(valid("acme"), withAmount("huge", "1e10000000"))),
                        batch(JSONL), 1,
                        List.of("finalInvoices[0].amount: '1e10000000' is out of range for an amount: written out it "
                                + "has 10,000,001 digits, and a number may have at most 100",
                                "1 done, 1 failed, 0 skipped"),
                        List.of(JSONL + ":1 ok", JSONL + ":2 failed")),
                of("JSON: validate refuses amount 1e-999999999",
                        s -> s.write(JSONL, jsonl(withAmount("tiny", "1e-999999999"))),
                        List.of("validate", JSONL), 1,
                        List.of(JSONL + ":1:", " finalInvoices[0].amount: '1e-999999999' is out of range for an "
                                + "amount: written out it has 1,000,000,000 digits", "1 record, 0 valid, 1 invalid"),
                        null),
                of("JSON: an amount of sixteen digits is refused by validation",
                        s -> s.write(JSONL, jsonl(withAmount("large", "\"1000000000000000.00\""))),
                        batch(JSONL), 1,
                        List.of(JSONL + ":1 id=large finalInvoices[0].amount: '1000000000000000.00' has 16 digits "
                                + "before the decimal point; an amount has at most 15"),
                        List.of(JSONL + ":1 failed")),
                of("JSON: 100,000 nested arrays",
                        s -> s.write(JSONL, jsonl("{\"id\":\"deep\",\"reasons\":" + "[".repeat(100_000)
                                + "]".repeat(100_000) + "}", valid("acme"))),
                        batch(JSONL), 1,
                        List.of("objects and arrays are nested deeper than the limit of 64 levels"),
                        List.of(JSONL + ":1 failed", JSONL + ":2 ok")),
                of("JSON: a client name of ten million characters",
                        s -> {
                            String record = valid("long");
                            int name = record.indexOf("Acme Ltd");
                            s.writeRepeated("in/one.json", record.substring(0, name), "x", 10_000_000,
                                    record.substring(name + "Acme Ltd".length()) + "\n");
                        },
                        batch("in/one.json"), 1,
                        List.of("client.name: a text value is longer than the limit of 100000 characters"),
                        List.of("in/one.json:1 failed")),
                of("JSON Lines: a line of 50 MB is skipped without being held, the next record is written",
                        s -> s.writeRepeated(JSONL, "{\"id\":\"big\",\"client\":{\"name\":\"", "y", 50_000_000,
                                "\"}}\n" + valid("acme") + "\n"),
                        batch(JSONL), 1,
                        List.of(JSONL + ":1 the line is longer than the limit of 1000000 characters "
                                + "(--max-record-chars)"),
                        List.of(JSONL + ":1 failed", JSONL + ":2 ok")),
                of("JSON: a record padded to 1.2 million characters is over the record limit",
                        s -> s.write(JSONL, jsonl(padded("padded", 1_200_000))),
                        batch(JSONL), 1,
                        List.of(JSONL + ":1 the line is longer than the limit of 1000000 characters "
                                + "(--max-record-chars)"),
                        List.of(JSONL + ":1 failed")),
                of("JSON: --max-record-chars raises the record limit",
                        s -> s.write(JSONL, jsonl(padded("padded", 1_200_000))),
                        batch(JSONL, "--max-record-chars", "2000000"), 0,
                        List.of("1 done, 0 failed, 0 skipped"),
                        List.of(JSONL + ":1 ok")),
                of("JSON: an array element of three million characters, then a good one",
                        s -> s.writeRepeated("in/clients.json", "[{\"id\":\"big\",\"reasons\":[", "{},", 1_000_000,
                                "{}]}," + valid("acme") + "]"),
                        batch("in/clients.json"), 1,
                        List.of("the record is longer than the limit of 1000000 characters (--max-record-chars)"),
                        List.of("in/clients.json:1 failed", "in/clients.json:1 ok")),

                // Invisible and control characters: refused in every field, named by code point and position.
                of("JSON: a zero-width space that hides a word from the guide check",
                        s -> s.write(JSONL, jsonl(valid("zw").replace("{\"type\":\"LATE_PAYMENT\"}",
                                "{\"type\":\"OTHER\",\"detail\":\"You are idi\\u200boters.\"}"))),
                        batch(JSONL), 1,
                        List.of(JSONL + ":1 id=zw reasons[0].detail: 'You are idi\\u200Boters.' contains U+200B "
                                + "ZERO WIDTH SPACE, an invisible formatting character at position 12; remove it"),
                        List.of(JSONL + ":1 failed")),
                of("JSON: a right-to-left override in the client's name",
                        s -> s.write(JSONL, jsonl(valid("rlo").replace("Acme Ltd", "Acme\\u202Egnp.exe"))),
                        batch(JSONL), 1,
                        List.of(JSONL + ":1 id=rlo client.name: 'Acme\\u202Egnp.exe' contains U+202E RIGHT-TO-LEFT "
                                + "OVERRIDE, an invisible formatting character at position 5; remove it"),
                        List.of(JSONL + ":1 failed")),
                of("JSON: a soft hyphen in the provider's name",
                        s -> s.write(JSONL, jsonl(valid("shy").replace("Nordlys Consulting", "Nord\\u00ADlys "
                                + "Consulting"))),
                        batch(JSONL), 1,
                        List.of("id=shy provider.name: 'Nord\\u00ADlys Consulting AS' contains U+00AD SOFT HYPHEN"),
                        List.of(JSONL + ":1 failed")),
                of("JSON: a byte order mark inside a city",
                        s -> s.write(JSONL, jsonl(valid("bom").replace("London", "Lon\\uFEFFdon"))),
                        batch(JSONL), 1,
                        List.of("id=bom client.address.city: 'Lon\\uFEFFdon' contains U+FEFF ZERO WIDTH NO-BREAK "
                                + "SPACE, an invisible formatting character at position 4; remove it"),
                        List.of(JSONL + ":1 failed")),
                of("JSON: half a surrogate pair in the personal note",
                        s -> s.write(JSONL, jsonl(valid("half").replace("\"reasons\"",
                                "\"closing\":{\"personalNote\":\"Thanks \\ud800\"},\"reasons\""))),
                        batch(JSONL), 1,
                        List.of("id=half closing.personalNote: 'Thanks \\uD800' contains U+D800, half of a character "
                                + "whose other half is missing at position 8; remove it"),
                        List.of(JSONL + ":1 failed")),
                of("JSON: a C1 next-line control in an address line",
                        s -> s.write(JSONL, jsonl(valid("nel").replace("1 High Street", "1 High\\u0085Street"))),
                        batch(JSONL), 1,
                        List.of("id=nel client.address.lines[0]: '1 High\\u0085Street' contains the control "
                                + "character U+0085 at position 7"),
                        List.of(JSONL + ":1 failed")),
                of("JSON: terminal escape codes in a name reach the terminal escaped",
                        s -> s.write(JSONL, jsonl(valid("esc").replace("Acme Ltd", "\\u001b[2J\\u001b[31mAcme"))),
                        List.of("check", JSONL), 1,
                        List.of(JSONL + ":1 id=esc client.name: '\\u001B[2J\\u001B[31mAcme' contains the control "
                                + "character U+001B at position 1"),
                        null),
                of("check: the zero-width space is refused there too",
                        s -> s.write(JSONL, jsonl(valid("zw").replace("Acme Ltd", "Ac\\u200Bme Ltd"))),
                        List.of("check", JSONL), 1,
                        List.of("id=zw client.name: 'Ac\\u200Bme Ltd' contains U+200B ZERO WIDTH SPACE",
                                "1 record: 0 pass, 0 with warnings, 1 fail"),
                        null),

                // Ids that would clash with Farvel's own files, or with each other's folders.
                of("id manifest.jsonl",
                        s -> s.write(JSONL, jsonl(valid("manifest.jsonl"), valid("acme"))),
                        batch(JSONL), 1,
                        List.of(JSONL + ":1 id=manifest.jsonl id: 'manifest.jsonl' would clash with Farvel's own "
                                + "files in the output folder (delivery.jsonl, manifest.jsonl; ids may not end in "
                                + ".jsonl); choose another id"),
                        List.of(JSONL + ":1 failed", JSONL + ":2 ok")),
                of("id delivery.jsonl",
                        s -> s.write(JSONL, jsonl(valid("delivery.jsonl"))),
                        batch(JSONL), 1,
                        List.of("id=delivery.jsonl id: 'delivery.jsonl' would clash with Farvel's own files"),
                        List.of(JSONL + ":1 failed")),
                of("id .farvel, a hidden name",
                        s -> s.write(JSONL, jsonl(valid(".farvel"))),
                        batch(JSONL), 1,
                        List.of("id=.farvel id: '.farvel' starts with '.'"),
                        List.of(JSONL + ":1 failed")),
                of("id CON, a Windows device",
                        s -> s.write(JSONL, jsonl(valid("CON"))),
                        batch(JSONL), 1,
                        List.of("id=CON id: 'CON' is a device name on Windows"),
                        List.of(JSONL + ":1 failed")),
                of("ids Acme and acme share a folder on Windows and macOS",
                        s -> s.write(JSONL, jsonl(valid("Acme"), valid("acme"))),
                        batch(JSONL), 1,
                        List.of(JSONL + ":2 id=acme id: 'acme' is already the id of the record at " + JSONL
                                + ":1 as 'Acme' (ids that differ only in capitals share a folder on Windows and macOS)"),
                        List.of(JSONL + ":1 ok", JSONL + ":2 failed")),
                of("CSV: an id with a line break cannot forge an output line",
                        s -> {
                            s.write(CSV, CSV_HEADER + "\n" + csvRow("\"a\n2 done, 0 failed, 0 skipped\"") + "\n");
                            s.write("in/reasons.csv", "id,type\n\"a\n2 done, 0 failed, 0 skipped\",LATE_PAYMENT\n");
                            s.write("in/provider.json", Records.PROVIDER);
                        },
                        batch(CSV, "--provider", "in/provider.json"), 1,
                        List.of(CSV + ":2 id=a\\n2 done, 0 failed, 0 skipped id: 'a\\n2 done, 0 failed, 0 skipped' "
                                + "contains the control character U+000A at position 2"),
                        List.of(CSV + ":2 failed"))
                        .then((s, r) -> assertThat(r.out().lines()).singleElement().asString()
                                .startsWith("0 done, 1 failed, 0 skipped")),

                // Findings: a valid record that draws tens of thousands of warnings makes a bounded manifest line.
                of("a valid 205 KB record of words in capitals: at most 50 warnings listed, the rest counted",
                        s -> s.write(JSONL, jsonl(shouted("loud"))),
                        batch(JSONL), 0,
                        List.of("1 done, 0 failed, 0 skipped", "1 letter has warnings"),
                        List.of(JSONL + ":1 ok"))
                        // The guide check itself holds every finding while it runs; the 96 MB heap is too small.
                        .heap("-Xmx256m")
                        .then((s, r) -> {
                            String line = Files.readString(s.out.resolve("manifest.jsonl"));
                            assertThat(line.length()).isLessThan(100_000);
                            JsonNode warnings = Records.JSON.readTree(line).get("warnings");
                            assertThat(warnings.size()).isEqualTo(51);
                            assertThat(warnings.get(50).get("code").asText()).isEqualTo("MORE");
                            assertThat(warnings.get(50).get("message").asText()).matches("warning: [0-9,]+ more "
                                    + "warnings are not listed; the limit is 50 per record \\(--max-findings\\)");
                            assertThat(r.errLines()).as("batch lists warnings in the manifest only").isEmpty();
                        }),

                // CSV: fields, rows and list files are bounded as they are read.
                of("CSV: a field of 300 MB ends the input as a failed record",
                        s -> {
                            csvInputs(s);
                            s.writeRepeated(CSV, CSV_HEADER + "\n" + csvRow("acme") + "\nbig,en,2026-11-28,2027-01-31,",
                                    "x", 300_000_000, ",1 High Street,E1 1AA,London,GB\n" + csvRow("late") + "\n");
                        },
                        batch(CSV, "--provider", "in/provider.json"), 1,
                        List.of(CSV + ":3 the row is so long that its end cannot be found: it goes on past twice the "
                                + "limit of 1,000,000 characters for a row (--max-record-chars); check for a quote "
                                + "that is never closed; the rows after it were not read"),
                        List.of(CSV + ":2 ok", CSV + ":3 failed")),
                of("CSV: a header line of 300 MB",
                        s -> {
                            csvInputs(s);
                            s.writeRepeated(CSV, "id,", "x", 300_000_000, "\n" + csvRow("acme") + "\n");
                        },
                        batch(CSV, "--provider", "in/provider.json"), 1,
                        List.of("farvel: " + CSV + ":1 the header row is longer than the limit of 1,000,000 characters "
                                + "for a row (--max-record-chars)"),
                        null)
                        .then((s, r) -> assertThat(s.out).doesNotExist()),
                of("CSV: a quote that is never closed swallows the rest of a large file",
                        s -> {
                            csvInputs(s);
                            s.writeRepeated(CSV, CSV_HEADER + "\n" + csvRow("acme") + "\n\"open," , csvRow("next") + "\n",
                                    60_000, "");
                        },
                        batch(CSV, "--provider", "in/provider.json"), 1,
                        List.of(CSV + ":3 the row is so long that its end cannot be found"),
                        List.of(CSV + ":2 ok", CSV + ":3 failed")),
                of("CSV: a row of 1.5 million characters fails alone, the next row is written",
                        s -> {
                            csvInputs(s, "acme", "next");
                            s.write(CSV, CSV_HEADER + "\n" + csvRow("acme").replace("Acme Ltd",
                                    "\"" + "z".repeat(1_500_000) + "\"") + "\n" + csvRow("next") + "\n");
                        },
                        batch(CSV, "--provider", "in/provider.json"), 1,
                        List.of(CSV + ":2 id=acme the row is 1,500,0", "characters long; the limit for a row is "
                                + "1,000,000 (--max-record-chars)"),
                        List.of(CSV + ":2 failed", CSV + ":3 ok")),
                of("CSV: a reasons.csv of 250,000 rows is over the list limit before any record is read",
                        s -> {
                            csvInputs(s);
                            s.write(CSV, CSV_HEADER + "\n" + csvRow("acme") + "\n");
                            s.writeRepeated("in/reasons.csv", "id,type\n", "acme,LATE_PAYMENT\n", 250_000, "");
                        },
                        batch(CSV, "--provider", "in/provider.json"), 1,
                        List.of("farvel: in/reasons.csv:200002 the list files have more than 200,000 rows in all, the "
                                + "limit for rows held in memory (--max-list-rows)"),
                        null)
                        .then((s, r) -> assertThat(s.out).doesNotExist()),
                of("CSV: list files over --max-list-chars",
                        s -> {
                            csvInputs(s);
                            s.write(CSV, CSV_HEADER + "\n" + csvRow("acme") + "\n");
                            s.write("in/steps.csv", "id,date,description\nacme,2026-10-01," + "w".repeat(1_500) + "\n");
                        },
                        batch(CSV, "--provider", "in/provider.json", "--max-list-chars", "1000"), 1,
                        List.of("farvel: in/steps.csv:2 the list files hold more than 1,000 characters in all, the "
                                + "limit for list files held in memory (--max-list-chars)"),
                        null),
                of("CSV: a list file with 40 columns",
                        s -> {
                            csvInputs(s);
                            s.write(CSV, CSV_HEADER + "\n" + csvRow("acme") + "\n");
                            StringBuilder header = new StringBuilder("id,type");
                            for (int i = 0; i < 38; i++) {
                                header.append(",note").append(i);
                            }
                            s.write("in/reasons.csv", header + "\nacme,LATE_PAYMENT\n");
                        },
                        batch(CSV, "--provider", "in/provider.json"), 1,
                        List.of("farvel: in/reasons.csv:1 the header names 40 columns; a list file has at most 32 (its "
                                + "id and the fields of one entry)"),
                        null),
                of("CSV: a FIFO named reasons.csv is refused, not opened",
                        s -> {
                            s.write("in/provider.json", Records.PROVIDER);
                            s.write(CSV, CSV_HEADER + "\n" + csvRow("acme") + "\n");
                            s.fifo("in/reasons.csv");
                        },
                        batch(CSV, "--provider", "in/provider.json"), 1,
                        List.of("farvel: in/reasons.csv: is not a regular file, so it cannot be read as the list file "
                                + "reasons.csv; remove it or replace it with a CSV file"),
                        null),
                of("CSV: a column name nested 10,000 levels deep",
                        s -> {
                            csvInputs(s, "acme");
                            s.write(CSV, CSV_HEADER + "," + "a.".repeat(10_000) + "b\n" + csvRow("acme") + ",1\n");
                        },
                        batch(CSV, "--provider", "in/provider.json"), 1,
                        List.of(CSV + ":2 id=acme a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a."
                                + "a.a.a.a.a.…: is not a column name"),
                        List.of(CSV + ":2 failed")),
                of("CSV: a list row for no record is reported after the records",
                        s -> {
                            csvInputs(s);
                            s.write(CSV, CSV_HEADER + "\n" + csvRow("acme") + "\n");
                            s.write("in/reasons.csv", "id,type\nacme,LATE_PAYMENT\nnobody,OTHER\n");
                        },
                        batch(CSV, "--provider", "in/provider.json"), 1,
                        List.of("in/reasons.csv:3 id: 'nobody' is the id of no record in " + CSV + ", so this row was "
                                + "not used; correct the id"),
                        List.of(CSV + ":2 ok", "in/reasons.csv:3 failed")),

                // XLSX: shared strings streamed into a bounded store, cells bounded while parsed.
                of("XLSX: ten million shared strings",
                        s -> {
                            s.write("in/provider.json", Records.PROVIDER);
                            new Xlsx().sheet("records", w -> w.write(Xlsx.row(1, "id")
                                            + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"))
                                    .sharedStrings(w -> {
                                        w.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                                                + "main\">");
                                        StringBuilder block = new StringBuilder();
                                        for (int i = 0; i < 10_000_000; i++) {
                                            block.append("<si><t>s").append(i).append("</t></si>");
                                            if (block.length() > 1 << 20) {
                                                w.write(block.toString());
                                                block.setLength(0);
                                            }
                                        }
                                        w.write(block + "</sst>");
                                    }).write(s.root.resolve(XLSX));
                        },
                        batch(XLSX, "--provider", "in/provider.json"), 1,
                        List.of("farvel: " + XLSX + ": the workbook has more than 1,000,000 shared strings; the limit "
                                + "is 1,000,000 (--max-shared-strings)"),
                        null),
                of("XLSX: a workbook that declares ten million shared strings",
                        s -> new Xlsx().sheet("records", w -> w.write(Xlsx.row(1, "id")))
                                .sharedStrings(w -> w.write("<sst xmlns=\"http://schemas.openxmlformats.org/"
                                        + "spreadsheetml/2006/main\" uniqueCount=\"10000000\"><si><t>a</t></si></sst>"))
                                .write(s.root.resolve(XLSX)),
                        batch(XLSX), 1,
                        List.of("farvel: " + XLSX + ": the workbook declares 10,000,000 shared strings; the limit is "
                                + "1,000,000 (--max-shared-strings)"),
                        null),
                of("XLSX: shared strings over --max-shared-string-chars",
                        s -> new Xlsx().sheet("records", w -> w.write(Xlsx.row(1, "id")))
                                .sharedStrings(w -> w.write("<sst xmlns=\"http://schemas.openxmlformats.org/"
                                        + "spreadsheetml/2006/main\"><si><t>" + "q".repeat(5_000) + "</t></si></sst>"))
                                .write(s.root.resolve(XLSX)),
                        batch(XLSX, "--max-shared-string-chars", "1000"), 1,
                        List.of("farvel: " + XLSX + ": the shared strings of the workbook hold more than 1,000 "
                                + "characters, the limit for text held in memory (--max-shared-string-chars)"),
                        null),
                of("XLSX: a cell of 300 MB is refused as a zip bomb by the XLSX reader",
                        s -> new Xlsx().sheet("records", w -> {
                            w.write(Xlsx.row(1, CSV_HEADER.split(",")));
                            w.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
                            String block = "x".repeat(1 << 20);
                            for (int i = 0; i < 300; i++) {
                                w.write(block);
                            }
                            w.write("</t></is></c></row>");
                        }).write(s.root.resolve(XLSX)),
                        batch(XLSX), 1,
                        List.of(XLSX + ":2 the sheet cannot be read: xl/worksheets/sheet1.xml expands to more than 100 "
                                + "times its compressed size, so it is refused as a possible zip bomb (Apache POI's "
                                + "limit); the rows after it were not read"),
                        List.of(XLSX + ":2 failed")),
                of("XLSX: a cell of two million random letters fails its row, the next row is written",
                        s -> {
                            s.write("in/provider.json", Records.PROVIDER);
                            String[] big = csvRow("big").split(",");
                            big[4] = randomLetters(2_000_000, 7);
                            new Xlsx().sheet("records", w -> {
                                w.write(Xlsx.row(1, CSV_HEADER.split(",")));
                                w.write(Xlsx.row(2, big));
                                w.write(Xlsx.row(3, csvRow("acme").split(",")));
                            }).sheet("reasons", w -> w.write(Xlsx.row(1, "id", "type")
                                    + Xlsx.row(2, "big", "LATE_PAYMENT") + Xlsx.row(3, "acme", "LATE_PAYMENT")))
                                    .write(s.root.resolve(XLSX));
                        },
                        batch(XLSX, "--provider", "in/provider.json"), 1,
                        List.of(XLSX + ":2 id=big cell E2 is longer than the limit of 100,000 characters for one "
                                + "value"),
                        List.of(XLSX + ":2 failed", XLSX + ":3 ok")),
                of("XLSX: a header cell of half a million characters",
                        s -> new Xlsx().sheet("records", w -> {
                            w.write(Xlsx.row(1, randomLetters(500_000, 11), "locale"));
                            w.write(Xlsx.row(2, "acme", "en"));
                        }).write(s.root.resolve(XLSX)),
                        batch(XLSX), 1,
                        List.of(XLSX + ":1 the header row cannot be read: cell A1 is longer than the limit of "
                                + "100,000 characters for one value; the rows after it were not read"),
                        List.of(XLSX + ":1 failed")),
                of("XLSX: a sheet that declares a DOCTYPE with entities",
                        s -> new Xlsx().sheetXml("records", w -> w.write("<?xml version=\"1.0\"?><!DOCTYPE worksheet "
                                + "[<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                + "<sheetData>" + Xlsx.row(1, "id") + Xlsx.row(2, "&b;") + "</sheetData></worksheet>"))
                                .write(s.root.resolve(XLSX)),
                        batch(XLSX), 1,
                        List.of(XLSX + ":2 the sheet cannot be read: it declares a DOCTYPE, which a workbook never "
                                + "needs and Farvel does not read; the rows after it were not read"),
                        List.of(XLSX + ":2 failed")),
                of("XLSX: a list sheet over --max-list-rows",
                        s -> new Xlsx().sheet("records", w -> w.write(Xlsx.row(1, "id") + Xlsx.row(2, "acme")))
                                .sheet("reasons", w -> {
                                    w.write(Xlsx.row(1, "id", "type"));
                                    for (int i = 2; i < 200; i++) {
                                        w.write(Xlsx.row(i, "acme", "LATE_PAYMENT"));
                                    }
                                }).write(s.root.resolve(XLSX)),
                        batch(XLSX, "--max-list-rows", "100"), 1,
                        List.of("farvel: " + XLSX + "[reasons]:102 the list files have more than 100 rows in all, the "
                                + "limit for rows held in memory (--max-list-rows)"),
                        null),
                of("XLSX: a file that is not a workbook",
                        s -> s.write(XLSX, "PK\u0003\u0004 this is not a zip file at all"),
                        batch(XLSX), 1,
                        List.of("farvel: " + XLSX + ": not a readable XLSX workbook ("),
                        null),

                // The provider file and the input itself.
                of("a provider file of 5 MB",
                        s -> {
                            s.write(JSONL, jsonl(valid("acme")));
                            s.writeRepeated("in/provider.json", "{\"name\":\"", "p", 5 * 1024 * 1024, "\"}");
                        },
                        batch(JSONL, "--provider", "in/provider.json"), 1,
                        List.of("farvel: in/provider.json: is 5,242,891 bytes; a provider file is one JSON object of "
                                + "at most 1,048,576 bytes"),
                        null),
                of("an input that is a FIFO is refused, not opened",
                        s -> s.fifo(JSONL),
                        batch(JSONL), 2,
                        List.of("farvel: '" + JSONL + "' is not a regular file (a folder, FIFO or device); give a file "
                                + "of records"),
                        null),
                of("render: a document whose id is manifest.jsonl",
                        s -> s.write("in/one.json", valid("manifest.jsonl")),
                        List.of("render", "in/one.json", "--out", "out", "--formats", "txt"), 1,
                        List.of("in/one.json:1 id=manifest.jsonl id: 'manifest.jsonl' would clash with Farvel's own "
                                + "files"),
                        List.of("in/one.json:1 failed")));
    }

    /** {@code batch INPUT --out out --formats txt --jobs 1} and more. */
    static List<String> batch(String input, String... more) {
        List<String> args = new ArrayList<>(List.of("batch", input, "--out", "out", "--formats", "txt", "--jobs",
                "1"));
        args.addAll(List.of(more));
        return args;
    }

    /** The provider file and a reasons.csv for records {@code ids} (acme when none are given). */
    private static void csvInputs(Sandbox s, String... ids) {
        s.write("in/provider.json", Records.PROVIDER);
        StringBuilder reasons = new StringBuilder("id,type\n");
        for (String id : ids.length == 0 ? new String[] {"acme", "late", "next"} : ids) {
            reasons.append(id).append(",LATE_PAYMENT\n");
        }
        s.write("in/reasons.csv", reasons.toString());
    }

    /** A valid record with one final invoice whose amount is {@code amount}, as written in JSON. */
    private static String withAmount(String id, String amount) {
        return valid(id).replace("\"reasons\":", "\"finalInvoices\":[" + String.format(INVOICE, amount)
                + "],\"reasons\":");
    }

    /** A valid record made {@code length} characters long with blanks between its fields. */
    private static String padded(String id, int length) {
        String record = valid(id);
        return record.replaceFirst(",", "," + " ".repeat(Math.max(0, length - record.length())));
    }

    /** A valid record of 100 reasons of 2,000 characters each, every word a different word in capitals. */
    private static String shouted(String id) {
        StringBuilder reasons = new StringBuilder();
        int word = 0;
        for (int r = 0; r < 100; r++) {
            StringBuilder detail = new StringBuilder();
            while (detail.length() + 6 <= 2_000) {
                detail.append(capitals(word++)).append(' ');
            }
            reasons.append(r == 0 ? "" : ",").append("{\"type\":\"OTHER\",\"detail\":\"").append(detail.toString().strip())
                    .append("\"}");
        }
        return valid(id).replace("[{\"type\":\"LATE_PAYMENT\"}]", "[" + reasons + "]");
    }

    /** Word number {@code n} as five capital consonants (BBBBB, BBBBC, ...): shouting, but never a real word. */
    private static String capitals(int n) {
        String consonants = "BCDFGHJKLMNPQRSTVWXZ";
        char[] letters = new char[5];
        for (int i = 4; i >= 0; i--) {
            letters[i] = consonants.charAt(n % consonants.length());
            n /= consonants.length();
        }
        return new String(letters);
    }

    private static String randomLetters(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
}
