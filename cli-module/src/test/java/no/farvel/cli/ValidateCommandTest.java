package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final String HEADER = "id,locale,letterDate,effectiveDate,client.name,client.orgNumber,"
            + "client.address.lines,client.address.postalCode,client.address.city,reasons[0].type,closing.thanks\n";

    @TempDir
    Path dir;

    @Test
    void reportsEachBadCsvRowAtItsLineWithIdFieldAndReason() {
        Path clients = TestFiles.write(dir.resolve("clients.csv"), HEADER
                + "acme-2026,nb,2026-11-28,2027-01-31,Acme AS,959083010,Storgata 1|Bygg 2,0155,Oslo,LATE_PAYMENT,true\n"
                + "acme-2027,nb,2026-11-28,2027-01-31,Acme AS,987654321,Storgata 1,0155,Oslo,LATE_PAYMENT,\n"
                + "acme-2028,nb,2026-11-28,2027-01-31,Acme AS,959083010,Storgata 1,0155,Oslo,LATE_PAYMENT,yes\n"
                + "acme-2026,nb,2026-11-28,2027-01-31,Acme AS,959083010,Storgata 1,0155,Oslo,LATE_PAYMENT,\n"
                + "acme-2029,nb,2026-11-28,2027-01-31,Acme AS,959083010,Storgata 1,0155,Oslo,LATE_PAYMENT,\n");
        TestFiles.write(dir.resolve("invoices.csv"), """
                id,number,issued,due,amount,currency,kid,status
                acme-2026,1,2026-11-01,2026-12-01,100.00,NOK,,OPEN
                acme-2029,2,2026-11-01,2026-12-01,abc,NOK,,OPEN
                acme-2030,3,2026-11-01,2026-12-01,100.00,NOK,,OPEN
                """);
        Path provider = TestFiles.write(dir.resolve("provider.json"), TestFiles.PROVIDER);

        Cli.Run run = Cli.run("validate", clients.toString(), "--provider", provider.toString());

        String invoices = dir.resolve("invoices.csv").toString();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                clients + ":3 id=acme-2027 client.orgNumber: '987654321' fails the MOD11 check for organisation "
                        + "numbers",
                clients + ":4 id=acme-2028 closing.thanks: expected true or false, found a string 'yes'",
                clients + ":5 id=acme-2026 id: 'acme-2026' is already the id of the record at " + clients
                        + ":2; give each record its own id",
                invoices + ":3 id=acme-2029 finalInvoices[0].amount: 'abc' is not a decimal amount: expected digits "
                        + "with an optional '.' like 12400.00",
                invoices + ":4 id: 'acme-2030' is the id of no record in " + clients
                        + ", so this row was not used; correct the id");
        assertThat(run.outLines()).containsExactly("6 records, 1 valid, 5 invalid");
    }

    @Test
    void reportsJsonErrorsWithLineAndColumnAndEveryViolation() {
        Path input = TestFiles.write(dir.resolve("bad.jsonl"), """
                {"id":"a","locale":"nb"}
                {"id":"b","locale":"xx"}
                """);

        Cli.Run run = Cli.run("validate", input.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                input + ":1 id=a effectiveDate: is required",
                input + ":1 id=a provider: is required; give it in the record, or once for every record with "
                        + "--provider FILE",
                input + ":1 id=a client: is required",
                input + ":1 id=a reasons: is empty; give at least one reason for ending the relationship",
                input + ":2:20 locale: 'xx' is not a letter locale: use one of nb, nn, en");
        assertThat(run.outLines()).containsExactly("2 records, 0 valid, 2 invalid");
    }

    @Test
    void acceptsTheBundledSamplesInEveryFormat() {
        Path jsonl = TestFiles.sample(dir.resolve("a.jsonl"), 8);
        Path json = TestFiles.sample(dir.resolve("b.json"), 8);
        Path csv = TestFiles.sample(dir.resolve("csv/clients.csv"), 8);
        Path xlsx = TestFiles.sample(dir.resolve("clients.xlsx"), 8);

        Cli.Run run = Cli.run("validate", jsonl.toString(), json.toString(), csv.toString(), xlsx.toString());

        assertThat(run.errLines()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("32 records, 32 valid, 0 invalid");
    }
}
