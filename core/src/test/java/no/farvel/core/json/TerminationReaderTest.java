package no.farvel.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import no.farvel.core.InvoiceStatus;
import no.farvel.localization.LetterLocale;
import no.farvel.core.ReasonType;
import no.farvel.core.RefundSettlement;
import no.farvel.core.Termination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminationReaderTest {
    private final TerminationReader reader = TerminationReader.create();

    @TempDir
    Path dir;

    @Test
    void readsTheBokmalExampleWithExactAmountsAndPeriods() throws Exception {
        Termination t = reader.readOne(SharedExamples.example("nb-sen-betaling.json"));

        assertThat(t.id()).isEqualTo("fjordkraft-demo-2026");
        assertThat(t.locale()).isEqualTo(LetterLocale.NB);
        assertThat(t.letterDate()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(t.client().name()).isEqualTo("Fjordkraft Demo AS");
        assertThat(t.client().address().lines()).containsExactly("Storgata 1");
        assertThat(t.contract().noticePeriod()).isEqualTo(Period.ofMonths(2));
        assertThat(t.reasons()).extracting(r -> r.type())
                .containsExactly(ReasonType.LATE_PAYMENT, ReasonType.UNPAID_EXTRA_WORK);
        assertThat(t.finalInvoices()).hasSize(2);
        BigDecimal second = t.finalInvoices().get(1).amount();
        assertThat(second).isEqualTo(new BigDecimal("8950.00"));
        assertThat(second.scale()).isEqualTo(2);
        assertThat(t.finalInvoices().get(1).currency()).isEqualTo(Currency.getInstance("NOK"));
        assertThat(t.finalInvoices().get(1).status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(t.refunds().get(0).amount()).isEqualTo(new BigDecimal("4500.00"));
        assertThat(t.transition().contact().phone()).isEqualTo("+47 22 33 44 56");
        assertThat(t.closing().thanks()).isTrue();
    }

    @Test
    void readsTheEnglishExampleInPounds() throws Exception {
        Termination t = reader.readOne(SharedExamples.example("en-scope.json"));

        assertThat(t.locale()).isEqualTo(LetterLocale.EN);
        assertThat(t.client().name()).isEqualTo("Harbour Analytics Ltd");
        assertThat(t.finalInvoices()).extracting(i -> i.amount())
                .containsExactly(new BigDecimal("3200.00"), new BigDecimal("1850.50"));
        assertThat(t.finalInvoices()).extracting(i -> i.currency().getCurrencyCode()).containsExactly("GBP", "GBP");
        assertThat(t.finalInvoices().get(0).status()).isEqualTo(InvoiceStatus.DISPUTED);
        assertThat(t.contract().noticePeriod()).isEqualTo(Period.ofMonths(3));
    }

    @Test
    void readsTheNynorskExample() throws Exception {
        Termination t = reader.readOne(SharedExamples.example("nn-trakassering.json"));

        assertThat(t.locale()).isEqualTo(LetterLocale.NN);
        assertThat(t.client().address().city()).isEqualTo("Førde");
        assertThat(t.refunds().get(0).amount()).isEqualTo(new BigDecimal("7200.00"));
        assertThat(t.transition().newProvider()).isNull();
    }

    @Test
    void readsThePaymentDetailsRegistrationsEnglishTitlesSettlementAndConfirmation() throws Exception {
        Termination t = reader.readOne("""
                {"id": "a", "locale": "en", "effectiveDate": "2027-01-31",
                 "contract": {"title": "Avtale om regnskapstjenester", "titleEn": "Agreement for Accounting Services"},
                 "provider": {"name": "Nordlys AS", "iban": "NO4815039603087", "bic": "DNBANOKK",
                              "businessRegister": true, "vatRegistered": true,
                              "signatory": {"name": "Ola Hansen", "title": "Daglig leder", "titleEn": "Managing Director"}},
                 "refunds": [{"description": "Kreditnota", "amount": "100.00", "currency": "NOK", "settlement": "SET_OFF"},
                             {"description": "Depositum", "amount": "50.00", "currency": "NOK"}],
                 "closing": {"confirmReceipt": false}}
                """, "doc.json");

        assertThat(t.contract().titleIn(LetterLocale.EN)).isEqualTo("Agreement for Accounting Services");
        assertThat(t.contract().titleIn(LetterLocale.NB)).isEqualTo("Avtale om regnskapstjenester");
        assertThat(t.provider().iban()).isEqualTo("NO4815039603087");
        assertThat(t.provider().bic()).isEqualTo("DNBANOKK");
        assertThat(t.provider().businessRegister()).isTrue();
        assertThat(t.provider().vatRegistered()).isTrue();
        assertThat(t.provider().signatory().titleIn(LetterLocale.EN)).isEqualTo("Managing Director");
        assertThat(t.refunds()).extracting(r -> r.settlement())
                .containsExactly(RefundSettlement.SET_OFF, RefundSettlement.PAY_OUT);
        assertThat(t.closing().confirmReceipt()).isFalse();
        assertThat(t.closing().thanks()).isTrue();
        Termination plain = reader.readOne("{\"id\": \"b\", \"locale\": \"nb\", \"provider\": {\"name\": \"X\"}}",
                "doc.json");
        assertThat(plain.provider().businessRegister()).isFalse();
        assertThat(plain.closing().confirmReceipt()).isTrue();
    }

    @Test
    void anUnknownSettlementNamesTheOnesThereAre() {
        assertThatThrownBy(() -> reader.readOne("{\"id\": \"a\", \"refunds\": [{\"settlement\": \"NETTED\"}]}",
                "doc.json"))
                .isInstanceOf(TerminationReadException.class)
                .hasMessageContaining("refunds[0].settlement: 'NETTED' is not a refund settlement: use one of PAY_OUT,"
                        + " SET_OFF");
    }

    @Test
    void readsAnArrayOfDocumentsInOrderWithTheirStartLines() throws Exception {
        Path file = write("two.json", "[\n  {\"id\": \"a\"},\n  {\n    \"id\": \"b\"\n  }\n]\n");

        List<ReadResult> results = readAll(file);

        assertThat(results).extracting(ReadResult::index).containsExactly(1, 2);
        assertThat(results).extracting(ReadResult::line).containsExactly(2, 3);
        assertThat(results).extracting(r -> r.termination().id()).containsExactly("a", "b");
        assertThat(results).extracting(ReadResult::source).containsOnly(file.toString());
    }

    @Test
    void readsJsonLinesSkippingBlankLines() throws Exception {
        Path file = write("clients.jsonl", "{\"id\":\"a\"}\n\n   \n{\"id\":\"b\"}\r\n{\"id\":\"c\"}");

        List<ReadResult> results = readAll(file);

        assertThat(results).extracting(r -> r.termination().id()).containsExactly("a", "b", "c");
        assertThat(results).extracting(ReadResult::index).containsExactly(1, 2, 3);
        assertThat(results).extracting(ReadResult::line).containsExactly(1, 4, 5);
    }

    @Test
    void aBadJsonLinesRecordDoesNotStopTheFollowingOnes() throws Exception {
        Path file = write("clients.jsonl", """
                {"id":"a","finalInvoices":[{"amount":"1.00"}]}
                {"id":"b","finalInvoices":[{"amount":"2.00"},{"amount":"abc"}]}
                {"id":"c"}
                """);

        List<ReadResult> results = readAll(file);

        assertThat(results).extracting(ReadResult::isOk).containsExactly(true, false, true);
        ReadError error = results.get(1).error();
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(56);
        assertThat(error.path()).isEqualTo("finalInvoices[1].amount");
        assertThat(error.describe()).isEqualTo(file + ":2:56 finalInvoices[1].amount: 'abc' is not a decimal amount:"
                + " expected digits with an optional '.' like 12400.00");
        assertThat(results.get(2).termination().id()).isEqualTo("c");
    }

    @Test
    void aBadArrayElementIsSkippedAndTheNextOneRead() throws Exception {
        Path file = write("batch.json", """
                [
                  {"id": "a"},
                  {"id": "b", "client": {"colour": {"deep": [1, 2, {"x": 3}]}, "name": "B"}},
                  "not an object",
                  {"id": "d"}
                ]
                """);

        List<ReadResult> results = readAll(file);

        assertThat(results).extracting(ReadResult::isOk).containsExactly(true, false, false, true);
        assertThat(results.get(1).error().describe()).isEqualTo(file + ":3:26 client: unknown field 'colour'"
                + " (allowed: address, attention, email, name, orgNumber)");
        assertThat(results.get(2).error().describe())
                .isEqualTo(file + ":4:3 expected a termination document (a JSON object), found a string");
        assertThat(results.get(3).termination().id()).isEqualTo("d");
    }

    @Test
    void aSingleDocumentWithABadFieldGivesExactlyOneError() throws Exception {
        Path file = write("one.json", "{\"id\": \"a\", \"client\": {\"name\": 1}, \"locale\": \"nb\"}");

        assertThat(readAll(file)).singleElement().satisfies(r -> assertThat(r.error().describe())
                .isEqualTo(file + ":1:32 client.name: expected a string, found a number '1'"));
    }

    @Test
    void objectsOneAfterAnotherInAJsonFileAreSeparateRecords() throws Exception {
        Path file = write("concatenated.json", "{\"id\": \"a\", \"colour\": 1}\n{\"id\": \"b\"}\n");

        List<ReadResult> results = readAll(file);

        assertThat(results).extracting(ReadResult::isOk).containsExactly(false, true);
        assertThat(results).extracting(ReadResult::line).containsExactly(1, 2);
        assertThat(results.get(1).termination().id()).isEqualTo("b");
    }

    @Test
    void aSyntaxErrorEndsTheStreamWithOneError() throws Exception {
        Path file = write("broken.json", "[\n{\"id\": \"a\"},\n{\"id\": \"b\",, },\n{\"id\": \"c\"}\n]");

        List<ReadResult> results = readAll(file);

        assertThat(results).hasSize(2);
        assertThat(results.get(1).index()).isEqualTo(2);
        assertThat(results.get(1).error().describe()).isEqualTo(
                file + ":3:12 invalid JSON: unexpected character ',': was expecting double-quote to start field name");
    }

    @Test
    void amountsAreExactWhetherGivenAsStringsOrNumbers() throws Exception {
        Termination t = reader.readOne("""
                {"id": "x", "finalInvoices": [{"amount": "12400.00"}, {"amount": 12400.00}, {"amount": 0.1},
                 {"amount": 7}], "refunds": [{"amount": "0.10"}]}""", "amounts.json");

        assertThat(t.finalInvoices()).extracting(i -> i.amount().toPlainString())
                .containsExactly("12400.00", "12400.00", "0.1", "7");
        assertThat(t.finalInvoices().get(2).amount()).isEqualByComparingTo(BigDecimal.ONE.divide(BigDecimal.TEN));
        assertThat(t.finalInvoices().get(2).amount()).isEqualTo(new BigDecimal("0.1"));
        assertThat(t.refunds().get(0).amount()).isEqualTo(new BigDecimal("0.10"));
    }

    @Test
    void anAmountWithAnExponentIsReadWhenItIsShortWrittenOutAndRefusedBeforeItIsBuiltWhenNot() throws Exception {
        Termination t = reader.readOne("{\"id\": \"x\", \"finalInvoices\": [{\"amount\": 1.24e4}, {\"amount\": 5E-2}]}",
                "exp.json");

        assertThat(t.finalInvoices()).extracting(i -> i.amount().toPlainString()).containsExactly("12400", "0.05");
        assertThat(errorOf("{\"id\": \"x\", \"refunds\": [{\"amount\": -1E+101}]}", "e.json").describe())
                .isEqualTo("e.json:1:36 refunds[0].amount: '-1E+101' is out of range for an amount: written out it "
                        + "has 102 digits, and a number may have at most 100");
        assertThat(errorOf("{\"id\": \"x\", \"refunds\": [{\"amount\": 1e1000000000000}]}", "e.json").message())
                .isEqualTo("'1e1000000000000' is out of range for an amount: written out it has more than a "
                        + "trillion digits, and a number may have at most 100");
    }

    @Test
    void aTerminationForCauseIsReadAndDefaultsToFalse() throws Exception {
        assertThat(reader.readOne("{\"id\": \"x\", \"forCause\": true}", "cause.json").forCause()).isTrue();
        assertThat(reader.readOne("{\"id\": \"x\"}", "plain.json").forCause()).isFalse();
    }

    @Test
    void readsTheCaseNotesUnderTheFieldCase() throws Exception {
        Termination t = reader.readOne("""
                {"id": "x", "reasons": [{"type": "LATE_PAYMENT", "detail": "d", "assessment": "Serious"}],
                 "case": {"assessment": "Weighed", "consequences": {"legal": "None"},
                          "decidedBy": {"name": "Ola Hansen", "title": "Managing Director"},
                          "consulted": ["Kari Nordmann, team lead"], "decidedOn": "2026-11-20",
                          "debriefAfterDays": 21}}""", "case.json");

        assertThat(t.reasons().get(0).assessment()).isEqualTo("Serious");
        assertThat(t.caseNotes().assessment()).isEqualTo("Weighed");
        assertThat(t.caseNotes().consequences().legal()).isEqualTo("None");
        assertThat(t.caseNotes().consequences().reputation()).isNull();
        assertThat(t.caseNotes().decidedBy().title()).isEqualTo("Managing Director");
        assertThat(t.caseNotes().consulted()).containsExactly("Kari Nordmann, team lead");
        assertThat(t.caseNotes().decidedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(t.caseNotes().debriefDays()).isEqualTo(21);
        assertThat(reader.readOne("{\"id\": \"x\"}", "plain.json").caseNotes().debriefDays()).isEqualTo(14);
    }

    @Test
    void aDebriefInPartDaysOrAsTextIsAnError() {
        assertThat(errorOf("{\"case\": {\"debriefAfterDays\": 14.5}}", "t.json").describe())
                .isEqualTo("t.json:1:31 case.debriefAfterDays: expected a whole number, found a number '14.5'");
        assertThat(errorOf("{\"case\": {\"debriefAfterDays\": \"14\"}}", "t.json").message())
                .isEqualTo("expected a whole number, found a string '14'");
        assertThat(errorOf("{\"case\": {\"mood\": \"tired\"}}", "t.json").message()).isEqualTo(
                "unknown field 'mood' (allowed: assessment, consequences, consulted, debriefAfterDays, decidedBy,"
                        + " decidedOn)");
    }

    @Test
    void anUnknownFieldIsNamedWithTheAllowedOnes() {
        assertThat(errorOf("{\n  \"id\": \"x\",\n    \"colour\": \"red\"\n}", "en.json").describe()).isEqualTo(
                "en.json:3:5 unknown field 'colour' (allowed: case, client, closing, contract, effectiveDate,"
                        + " finalInvoices, forCause, id, letterDate, locale, provider, reasons, reference, refunds,"
                        + " stepsTaken, transition)");
    }

    @Test
    void aNumberWhereTextBelongsIsAnError() {
        assertThat(errorOf("{\"id\": \"x\", \"client\": {\"name\": 123}}", "t.json").describe())
                .isEqualTo("t.json:1:32 client.name: expected a string, found a number '123'");
        assertThat(errorOf("{\"id\": true}", "t.json").describe())
                .isEqualTo("t.json:1:8 id: expected a string, found true");
    }

    @Test
    void aListGivenAsTextIsAnError() {
        assertThat(errorOf("{\"reasons\": \"late\"}", "t.json").describe())
                .isEqualTo("t.json:1:13 reasons: expected an array, found a string 'late'");
    }

    @Test
    void aBadDateSaysWhatADateLooksLike() {
        assertThat(errorOf("{\"stepsTaken\": [{\"date\": \"28.11.2026\"}]}", "t.json").describe())
                .isEqualTo("t.json:1:26 stepsTaken[0].date: '28.11.2026' is not a date: expected an ISO date like"
                        + " 2026-11-28");
        assertThat(errorOf("{\"effectiveDate\": \"2026-02-30\"}", "t.json").message())
                .isEqualTo("'2026-02-30' is not a date: expected an ISO date like 2026-11-28");
    }

    @Test
    void aBadLocaleListsTheAllowedCodes() {
        assertThat(errorOf("{\"locale\": \"de\"}", "t.json").describe())
                .isEqualTo("t.json:1:12 locale: 'de' is not a letter locale: use one of nb, nn, en");
        assertThat(errorOf("{\"locale\": \"NB\"}", "t.json").message()).contains("use one of nb, nn, en");
    }

    @Test
    void badPeriodsCurrenciesAndEnumsNameTheExpectedForm() {
        assertThat(errorOf("{\"contract\": {\"noticePeriod\": \"2 months\"}}", "t.json").message())
                .isEqualTo("'2 months' is not a period: expected an ISO-8601 period like P2M");
        assertThat(errorOf("{\"refunds\": [{\"currency\": \"kr\"}]}", "t.json").message())
                .isEqualTo("'kr' is not a currency: expected an ISO 4217 currency code like NOK");
        assertThat(errorOf("{\"finalInvoices\": [{\"status\": \"UNPAID\"}]}", "t.json").message())
                .isEqualTo("'UNPAID' is not an invoice status: use one of OPEN, PAID, DISPUTED");
    }

    @Test
    void aDuplicateFieldIsRejected() {
        assertThat(errorOf("{\"id\": \"a\", \"id\": \"b\"}", "t.json").describe())
                .isEqualTo("t.json:1:17 duplicate field 'id': each field may appear only once");
    }

    @Test
    void aSyntaxErrorGivesLineAndColumn() {
        assertThat(errorOf("{\n  \"id\": \"a\"\n  \"locale\": \"nb\"\n}", "t.json").describe())
                .isEqualTo("t.json:3:3 invalid JSON: unexpected character '\"': was expecting comma to separate"
                        + " Object entries");
        assertThat(errorOf("{\"id\": \"a\"", "t.json").describe()).isEqualTo("t.json:1:11 invalid JSON: the input"
                + " ends before the document is complete (a closing '}', ']' or '\"' is missing)");
    }

    @Test
    void deepNestingIsACleanErrorNotAStackOverflow() throws Exception {
        String deep = "{\"transition\": {\"items\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}}";

        assertThat(errorOf(deep, "deep.json").describe())
                .startsWith("deep.json:1:")
                .endsWith("objects and arrays are nested deeper than the limit of 64 levels");
        Path file = write("deep.json", "[" + deep + "]");
        assertThat(readAll(file)).singleElement()
                .satisfies(r -> assertThat(r.error().message()).contains("nested deeper than the limit of 64"));
    }

    @Test
    void aHugeStringIsACleanError() throws Exception {
        String huge = "{\"id\": \"a\", \"client\": {\"name\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}}";

        assertThat(errorOf(huge, "huge.json").message())
                .isEqualTo("the document is longer than the limit of 1000000 characters");
        Path file = write("huge.json", huge);
        assertThat(readAll(file)).singleElement().satisfies(r -> assertThat(r.error().describe())
                .isEqualTo(file + ":1:32 client.name: a text value is longer than the limit of 100000 characters"));
        Path lines = write("huge.jsonl", huge + "\n{\"id\": \"b\"}\n");
        assertThat(readAll(lines)).extracting(r -> r.isOk() ? r.termination().id() : r.error().describe())
                .containsExactly(lines + ":1 the line is longer than the limit of 1000000 characters", "b");
    }

    @Test
    void aLongRecordInAnArrayIsSkippedWithinTheRecordLimit() throws Exception {
        TerminationReader small = TerminationReader.builder().maxRecordLength(200).build();
        String big = "{\"id\": \"b\", \"transition\": {\"items\": [" + "\"item\",".repeat(100) + "\"end\"]}}";

        List<ReadResult> results = new ArrayList<>();
        try (RecordStream records = small.open(new StringReader("[{\"id\":\"a\"}," + big + ",{\"id\":\"c\"}]"),
                "big.json")) {
            records.forEach(results::add);
        }

        assertThat(results).extracting(ReadResult::isOk).containsExactly(true, false, true);
        assertThat(results.get(1).error().message()).isEqualTo("the record is longer than the limit of 200 characters");
    }

    @Test
    void readOneRefusesASecondDocument() {
        assertThat(errorOf("{\"id\": \"a\"} {\"id\": \"b\"}", "t.json").describe())
                .isEqualTo("t.json:1:13 unexpected content after the end of the document; only one termination"
                        + " document is expected here");
    }

    @Test
    void readOneOfAMissingFileSaysSo() {
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> reader.readOne(missing))
                .isInstanceOf(TerminationReadException.class)
                .hasMessage(missing + " the file does not exist");
    }

    @Test
    void aStreamOfOneHundredThousandRecordsIsReadOneAtATime() throws Exception {
        Path file = dir.resolve("many.jsonl");
        String record = Files.readString(SharedExamples.example("nb-sen-betaling.json")).replaceAll("\\s*\n\\s*", " ");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 100_000; i++) {
                out.write(record.replace("fjordkraft-demo-2026", "client-" + i));
                out.write('\n');
            }
        }

        long ok = 0;
        String last = null;
        try (RecordStream records = reader.open(file)) {
            for (ReadResult result : records) {
                ok += result.isOk() ? 1 : 0;
                last = result.isOk() ? result.termination().id() : result.error().describe();
            }
        }

        assertThat(ok).isEqualTo(100_000);
        assertThat(last).isEqualTo("client-99999");
    }

    @Test
    void aRecordStreamCanBeIteratedOnlyOnce() throws Exception {
        try (RecordStream records = reader.open(new StringReader("{\"id\": \"a\"}"), "one.json")) {
            assertThat(records.stream().map(r -> r.termination().id())).containsExactly("a");
            assertThatThrownBy(records::iterator).isInstanceOf(IllegalStateException.class);
        }
    }

    private ReadError errorOf(String json, String source) {
        try {
            reader.readOne(json, source);
        } catch (TerminationReadException e) {
            assertThat(e.getMessage()).isEqualTo(e.error().describe());
            return e.error();
        }
        throw new AssertionError("Expected " + source + " to fail");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private List<ReadResult> readAll(Path file) throws IOException {
        List<ReadResult> results = new ArrayList<>();
        try (RecordStream records = reader.open(file)) {
            records.forEach(results::add);
        }
        return results;
    }
}
