package no.farvel.cli.hostile;

import static no.farvel.cli.hostile.HostileCase.batch;
import static no.farvel.cli.hostile.HostileCase.of;
import static no.farvel.cli.hostile.Records.CSV_HEADER;
import static no.farvel.cli.hostile.Records.csvInputs;
import static no.farvel.cli.hostile.Records.csvRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

/**
 * Hostile CSV and list files, made at test time: a 300 MB field and header line, a quote never closed, rows and list
 * files over their limits, a FIFO where a list file belongs, a column name nested 10,000 deep. Each line of the table
 * is one case: its input, the command, the exit code, the error line(s) expected and the manifest lines expected.
 */
class HostileCsvIT extends HostileCorpus {
    private static final String CSV = "in/clients.csv";

    static Stream<HostileCase> cases() {
        return Stream.of(
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
                        List.of(CSV + ":2 ok", "in/reasons.csv:3 failed")));
    }
}
