package no.farvel.cli.hostile;

import static no.farvel.cli.hostile.HostileCase.batch;
import static no.farvel.cli.hostile.HostileCase.of;
import static no.farvel.cli.hostile.Records.CSV_HEADER;
import static no.farvel.cli.hostile.Records.csvRow;

import java.util.Random;
import java.util.List;
import java.util.stream.Stream;

/**
 * Hostile XLSX workbooks, streamed part by part at test time: ten million shared strings, a 300 MB cell, cells and
 * headers over their limits, a DOCTYPE, a list sheet over its limit, a file that is no workbook. Each line of the
 * table is one case: its input, the command, the exit code, the error line(s) expected and the manifest lines
 * expected.
 */
class HostileXlsxIT extends HostileCorpus {
    private static final String XLSX = "in/book.xlsx";

    static Stream<HostileCase> cases() {
        return Stream.of(
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
                        null));
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
