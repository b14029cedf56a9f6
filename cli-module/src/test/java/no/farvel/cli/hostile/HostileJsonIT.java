package no.farvel.cli.hostile;

import static no.farvel.cli.hostile.HostileCase.batch;
import static no.farvel.cli.hostile.HostileCase.of;
import static no.farvel.cli.hostile.Records.CSV_HEADER;
import static no.farvel.cli.hostile.Records.csvRow;
import static no.farvel.cli.hostile.Records.jsonl;
import static no.farvel.cli.hostile.Records.valid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

/**
 * Hostile JSON and JSON Lines, the provider file and the input itself: numbers with huge exponents, deep nesting,
 * huge texts and lines, invisible and control characters, ids that clash with Farvel's own files, and a valid record
 * that draws tens of thousands of findings. Each line of the table is one case: its input, the command, the exit code,
 * the error line(s) expected and the manifest lines expected.
 */
class HostileJsonIT extends HostileCorpus {
    private static final String JSONL = "in/clients.jsonl";
    private static final String CSV = "in/clients.csv";
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
                                + "ZERO WIDTH SPACE at position 12, an invisible formatting character; remove it"),
                        List.of(JSONL + ":1 failed")),
                of("JSON: a right-to-left override in the client's name",
                        s -> s.write(JSONL, jsonl(valid("rlo").replace("Acme Ltd", "Acme\\u202Egnp.exe"))),
                        batch(JSONL), 1,
                        List.of(JSONL + ":1 id=rlo client.name: 'Acme\\u202Egnp.exe' contains U+202E RIGHT-TO-LEFT "
                                + "OVERRIDE at position 5, an invisible formatting character; remove it"),
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
                                + "SPACE at position 4, an invisible formatting character; remove it"),
                        List.of(JSONL + ":1 failed")),
                of("JSON: half a surrogate pair in the personal note",
                        s -> s.write(JSONL, jsonl(valid("half").replace("\"reasons\"",
                                "\"closing\":{\"personalNote\":\"Thanks \\ud800\"},\"reasons\""))),
                        batch(JSONL), 1,
                        List.of("id=half closing.personalNote: 'Thanks \\uD800' contains U+D800 at position 8, half of a "
                                + "character whose other half is missing; remove it"),
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
    /** The n-th of 160,000 five-letter words in capitals: four consonants and a Y, so none is an abbreviation. */
    private static String capitals(int n) {
        String consonants = "BCDFGHJKLMNPQRSTVWXZ";
        char[] letters = new char[5];
        letters[4] = 'Y';
        for (int i = 3; i >= 0; i--) {
            letters[i] = consonants.charAt(n % consonants.length());
            n /= consonants.length();
        }
        return new String(letters);
    }
}
