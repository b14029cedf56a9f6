package no.farvel.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.farvel.core.Termination;
import no.farvel.core.json.TerminationReader;
import no.farvel.core.validation.RecordIds;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.document.FollowUp;
import no.farvel.templates.document.FollowUpKind;
import no.farvel.templates.testing.LetterCases;
import no.farvel.templates.testing.PdfText;
import no.farvel.templates.testing.SharedExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The case file through the public API: the memo as a reader copies it out of the PDF, the replies, the follow-ups. */
class CaseFileTest {
    private static final Farvel FARVEL = Farvel.builder().build();

    /** The memo's PDF text, as a reader copies it, in each language: marked internal, with the facts and prompts. */
    static Stream<Arguments> memos() {
        return Stream.of(
                Arguments.of("nb-sen-betaling.json", List.of("INTERNT",
                        "Beslutningsnotat: avslutning av kundeforholdet med Fjordkraft Demo AS",
                        "INTERNT: Skal ikke sendes til kunden eller legges ved brev eller e-post.",
                        "Avtalen «Avtale om regnskapstjenester» ble inngått 1. mars 2023. Kundeforholdet har dermed "
                                + "vart i tre år og åtte måneder.",
                        "2026-1041", "Sum utestående: kr 21 350,00",
                        "12. august 2026 Møte om betalingsplan og omfang",
                        "Fakturaene for juli, august og september ble betalt mellom 35 og 60 dager etter forfall.",
                        "Teamets vurdering Fyll inn: Hvor alvorlig er forholdet",
                        "Fyll inn hvem som tok beslutningen.",
                        "31. januar 2027 Avtalen opphører", "Juridisk vurdert av", "Forsinket betaling",
                        "15. desember 2026 Forfall for faktura 2026-1041")),
                Arguments.of("nn-trakassering.json", List.of("INTERNT",
                        "Avgjerdsnotat: avslutning av kundeforholdet med Vestland Bygg AS",
                        "INTERNT: Skal ikkje sendast til kunden eller leggjast ved brev eller e-post.",
                        "Avtalen «Avtale om reinhald» vart inngått 10. mai 2021. Kundeforholdet har dermed vart i "
                                + "fem år og seks månader.",
                        "Det er ingen sluttfakturaer.",
                        "Førehandsbetalt reinhald for januar 2027: kr 7 200,00, blir betalt tilbake innan "
                                + "15. januar 2027.",
                        "31. desember 2026 Avtalen tek slutt", "Utilbørleg åtferd mot tilsette")),
                Arguments.of("en-scope.json", List.of("INTERNAL",
                        "Decision memo: ending the relationship with Harbour Analytics Ltd",
                        "INTERNAL: Not to be sent to the client or attached to any letter or e-mail.",
                        "INV-2026-311", "Total outstanding: GBP 5,050.50", "There are no refunds.",
                        "1 July 2026 Scope workshop and written change-request procedure")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("memos")
    void theMemoPdfReadsAsAnInternalMemoInTheLettersLanguage(String example, List<String> shows) {
        CaseFile caseFile = FARVEL.caseFile(SharedExamples.read(example));

        // A line may end after the hyphen of "e-post"; the reader sees the word whole.
        String text = LetterCases.plain(PdfText.of(caseFile.memo().pdf())).replaceAll("(\\p{L})- (\\p{L})", "$1-$2");

        for (String sentence : shows) {
            assertThat(text).as(example).contains(sentence);
        }
        assertThat(caseFile.memo().document().footer().toString()).as("the footer of every page").isNotEmpty();
    }

    /**
     * Every reply to every kind of push-back passes the guide check without a finding, in every language, for the
     * project's own examples, every generated letter case and every record of the sample data.
     */
    @Test
    void everyReplyPassesTheGuideCheckWithoutAFindingInEveryLanguage() throws Exception {
        List<Termination> terminations = new ArrayList<>();
        for (String example : List.of("nb-sen-betaling.json", "nn-trakassering.json", "en-scope.json")) {
            terminations.add(SharedExamples.read(example));
        }
        LetterCases.all().forEach(c -> terminations.add(c.termination()));
        terminations.addAll(sampleData());
        assertThat(terminations.stream().map(Termination::locale).distinct())
                .containsExactlyInAnyOrder(LetterLocale.NB, LetterLocale.NN, LetterLocale.EN);

        Farvel lenient = Farvel.builder().allowFindings().build();
        int replies = 0;
        for (Termination t : terminations) {
            CaseFile caseFile = lenient.caseFile(t);
            assertThat(caseFile.replies().stream().map(Reply::kind)).as(t.id())
                    .containsExactlyElementsOf(ReplyKind.applyingTo(t));
            for (Reply reply : caseFile.replies()) {
                assertThat(reply.findings()).as(t.id() + " " + reply.kind() + ":\n" + reply.text()).isEmpty();
                assertThat(LetterCases.plain(reply.text())).as(t.id() + " " + reply.kind())
                        .contains(t.locale().formats().dateInText(t.effectiveDate()).replace('\u00A0', ' '));
                replies++;
            }
        }
        assertThat(replies).isGreaterThan(terminations.size() * 5);
    }

    /**
     * A reply restates the end as the letter words it (at the end of the day), and claims the agreement's notice only
     * where the letter does: a termination for cause points to the letter's grounds instead.
     */
    @Test
    void aReplyToATerminationForCausePointsToTheGroundsNotToTheNoticePeriod() {
        Termination forCause = LetterCases.of("forCause", LetterLocale.EN).termination();
        Termination withNotice = SharedExamples.read("en-scope.json");

        String extension = LetterCases.plain(FARVEL.caseFile(forCause).reply(ReplyKind.EXTENSION).text());
        String kept = LetterCases.plain(FARVEL.caseFile(withNotice).reply(ReplyKind.EXTENSION).text());

        assertThat(extension).contains("will terminate at the end of 28 February 2027.",
                "The agreement has been terminated for cause in accordance with its terms.",
                "The end date follows from the grounds set out in our letter.")
                .doesNotContain("notice period", "Notice has been given");
        assertThat(kept).contains("will terminate at the end of 28 February 2027.",
                "Notice has been given in accordance with the termination provisions of the agreement.",
                "The agreement has a notice period of three months");
    }

    /**
     * The effective date is the agreement's last day, and the English case file says when it ends as the letter
     * does, at the end of that day: never "terminate on", which could be read as the day the services stop.
     */
    @Test
    void theEnglishCaseFileEndsTheAgreementAtTheEndOfTheDayAsTheLetterDoes() {
        Termination t = SharedExamples.read("en-scope.json");
        Termination noContract = t.toBuilder().contract(null).build();

        CaseFile caseFile = FARVEL.caseFile(t);
        String letter = LetterCases.plain(FARVEL.render(t).text());
        String papers = LetterCases.plain(caseFile.memo().text() + " " + caseFile.repliesDocument().text());
        String letterSent = caseFile.followUps().events().stream().filter(e -> e.kind() == FollowUpKind.LETTER_SENT)
                .findFirst().orElseThrow().description();

        assertThat(letter).contains("to terminate the agreement with effect from the end of 28 February 2027.");
        assertThat(papers).contains("the Master Services Agreement will terminate at the end of 28 February 2027.")
                .doesNotContain("terminate on", "ends on", "ends at the end of");
        assertThat(LetterCases.plain(letterSent)).startsWith("The letter to Harbour Analytics Ltd is dated today; "
                + "the last day of the agreement is 28 February 2027.");
        assertThat(LetterCases.plain(FARVEL.render(noContract).text()))
                .contains("Our services will cease at the end of 28 February 2027.");
        assertThat(LetterCases.plain(FARVEL.caseFile(noContract).memo().text()))
                .contains("our services will cease at the end of 28 February 2027.");
    }

    /**
     * The reply to a complaint notes the client's views without promising anything, restates the end as the letter
     * words it and says that notice followed the agreement, and that a formal complaint leaves the decision as it is.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("complaintReplies")
    void theReplyToAComplaintNotesTheViewsAndKeepsToTheDecision(String example, List<String> sentences) {
        String reply = LetterCases.plain(FARVEL.caseFile(SharedExamples.read(example)).reply(ReplyKind.COMPLAINT)
                .text());

        assertThat(reply).contains(sentences);
    }

    static Stream<Arguments> complaintReplies() {
        return Stream.of(
                Arguments.of("nb-sen-betaling.json", List.of("Takk for at dere tar kontakt. Vi har merket oss "
                        + "synspunktene deres. Som vi skrev i brevet vårt av 28. november 2026, opphører avtalen "
                        + "«Avtale om regnskapstjenester» ved utløpet av 31. januar 2027. Oppsigelsen er gitt i "
                        + "samsvar med avtalens oppsigelsesbestemmelser. Beslutningen er endelig.",
                        "En formell klage behandles etter våre vanlige rutiner. Klagen endrer ikke beslutningen om å "
                                + "avslutte avtalen.")),
                Arguments.of("nn-trakassering.json", List.of("Takk for at de tek kontakt. Vi har merka oss "
                        + "synspunkta dykkar. Som vi skreiv i brevet vårt av 28. november 2026, opphøyrer avtalen "
                        + "«Avtale om reinhald» ved utløpet av 31. desember 2026. Oppseiinga er gitt i samsvar med "
                        + "oppseiingsføresegnene i avtalen. Avgjerda er endeleg.",
                        "Ein formell klage blir handsama etter dei vanlege rutinane våre. Klagen endrar ikkje "
                                + "avgjerda om å avslutte avtalen.")),
                Arguments.of("en-scope.json", List.of("Thank you for getting in touch. We have noted the points "
                        + "you raise. As stated in our letter of 28 November 2026, the Master Services Agreement "
                        + "will terminate at the end of 28 February 2027. Notice has been given in accordance with "
                        + "the termination provisions of the agreement. Our decision is final.",
                        "A formal complaint will be handled under our usual procedure. It does not change the "
                                + "decision to end the agreement.")));
    }

    /**
     * No line of a case document or a calendar event runs one colon label into another ("dato: Oppsigelsesbrevet er
     * sendt: …", "Teamets vurdering: Fyll inn: …"), in any language, with every case note left to its prompt and
     * with steps and reasons whose own text holds a colon.
     */
    @Test
    void noLineRunsOneColonLabelIntoAnother() {
        Farvel lenient = Farvel.builder().allowFindings().build();
        List<Termination> terminations = new ArrayList<>();
        LetterCases.all().forEach(c -> terminations.add(c.termination()));
        for (String example : List.of("nb-sen-betaling.json", "nn-trakassering.json", "en-scope.json")) {
            Termination t = SharedExamples.read(example);
            terminations.add(t.toBuilder().reasons(t.reasons().stream().map(r -> new no.farvel.core.Reason(r.type(),
                    "Merk: " + r.detail(), null)).toList()).caseNotes(no.farvel.core.CaseNotes.NONE).build());
        }
        for (Termination t : terminations) {
            CaseFile caseFile = lenient.caseFile(t);
            List<String> lines = new ArrayList<>();
            for (CaseDocument document : List.of(caseFile.memo(), caseFile.debrief(), caseFile.repliesDocument())) {
                lines.addAll(document.text().lines().toList());
            }
            for (FollowUp event : caseFile.followUps().events()) {
                lines.add(event.summary());
                lines.addAll(event.description().lines().toList());
            }
            assertThat(lines).as(t.id() + " (" + t.locale().code() + ")")
                    .noneMatch(line -> line.matches(".*:\\s.*:\\s.*"));
        }
    }

    /**
     * A refund's description that ends in a colon of its own ("Forskudd for februar 2027:", "Depositum :") loses it
     * before the template's colon: neither the letter nor the memo nor the calendar prints "::" or ": :".
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aRefundDescriptionEndingInAColonDoesNotDoubleTheColon(LetterLocale locale) {
        Termination cased = LetterCases.of("refundsSetOffAndPaidOut", locale).termination();
        Termination t = cased.toBuilder().refunds(List.of(
                cased.refunds().get(0).toBuilder().description("Forskudd for februar 2027:").build(),
                cased.refunds().get(1).toBuilder().description("Depositum :").build())).build();
        String deposit = t.locale().formats().amountInTable(new java.math.BigDecimal("1000.00"),
                java.util.Currency.getInstance("NOK"));

        CaseFile caseFile = FARVEL.caseFile(t);
        String letter = LetterCases.plain(FARVEL.render(t).text());
        String memo = LetterCases.plain(caseFile.memo().text());
        String calendar = LetterCases.plain(caseFile.followUps().events().stream()
                .map(e -> e.summary() + " " + e.description()).reduce("", (a, b) -> a + " " + b));

        for (String text : List.of(letter, memo, calendar)) {
            assertThat(text).doesNotContain("::").doesNotContain(": :").doesNotContain(":,");
        }
        assertThat(letter).contains("Forskudd for februar 2027 ", LetterCases.plain("Depositum: " + deposit + "."));
        assertThat(memo).contains("Forskudd for februar 2027: ", LetterCases.plain("Depositum: " + deposit + ","));
        assertThat(calendar).contains(LetterCases.plain("Depositum: " + deposit + " "));
    }

    static Stream<LetterLocale> languages() {
        return Stream.of(LetterLocale.NB, LetterLocale.NN, LetterLocale.EN);
    }

    /**
     * The reply to a hostile message keeps to the decision: no thanks for the collaboration and no good wishes, which
     * the other replies keep from the letter. Every reply closes as the letter does.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theReplyToAHostileMessageLeavesOutTheThanksAndEveryReplyClosesAsTheLetter(String example) {
        Termination t = SharedExamples.read(example);
        CaseFile caseFile = FARVEL.caseFile(t);
        String close = t.locale().words().salutation(t.client().attention()).closing();

        String hostile = LetterCases.plain(caseFile.reply(ReplyKind.HOSTILE).text());
        String negotiation = LetterCases.plain(caseFile.reply(ReplyKind.NEGOTIATION).text());

        assertThat(hostile).doesNotContainIgnoringCase("takk").doesNotContainIgnoringCase("thank")
                .doesNotContainIgnoringCase("lykke til").doesNotContainIgnoringCase("lukke til")
                .doesNotContain("every success").contains(LetterCases.plain(t.locale().formats().dateInText(
                        t.effectiveDate())));
        assertThat(negotiation).containsAnyOf("Takk for samarbeidet.", "Thank you for your business.");
        assertThat(caseFile.replies()).allSatisfy(reply -> assertThat(reply.text()).contains(close + "\n"));
        assertThat(caseFile.replies()).noneSatisfy(reply -> assertThat(reply.text()).contains("Kind regards"));
    }

    /**
     * The memo heads a reason with a neutral label that describes the conduct without pronouncing it harassment,
     * which is for the assessment below it to weigh.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("conductLabels")
    void theMemoLabelsConductTowardsStaffNeutrally(LetterLocale locale, String label) {
        Termination cased = LetterCases.of("noInvoices", locale).termination();
        Termination t = cased.toBuilder().reasons(List.of(new no.farvel.core.Reason(
                no.farvel.core.ReasonType.HARASSMENT, null, null))).build();

        String memo = LetterCases.plain(FARVEL.caseFile(t).memo().text());

        assertThat(memo).contains(label).doesNotContainIgnoringCase("trakasser").doesNotContainIgnoringCase("harass");
    }

    static Stream<Arguments> conductLabels() {
        return Stream.of(Arguments.of(LetterLocale.NB, "Utilbørlig opptreden overfor ansatte"),
                Arguments.of(LetterLocale.NN, "Utilbørleg åtferd mot tilsette"),
                Arguments.of(LetterLocale.EN, "Inappropriate conduct towards staff"));
    }

    static Stream<String> examples() {
        return Stream.of("nb-sen-betaling.json", "nn-trakassering.json", "en-scope.json");
    }

    /**
     * The internal papers name the step as the letter does: a termination for cause is "heving" in the memo, the
     * calendar and the debrief, never "oppsigelse"/"oppseiing"; a case without an agreement is an "avslutning".
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("norwegian")
    void theInternalPapersOfATerminationForCauseNeverCallItANotice(LetterLocale locale, String letterSent) {
        Termination forCause = LetterCases.of("forCause", locale).termination();
        Termination noContract = SharedExamples.read(locale == LetterLocale.NB ? "nb-sen-betaling.json"
                : "nn-trakassering.json").toBuilder().contract(null).build();

        CaseFile caseFile = FARVEL.caseFile(forCause);
        String papers = LetterCases.plain(caseFile.memo().text() + " " + caseFile.debrief().text() + " "
                + caseFile.repliesDocument().text() + " " + caseFile.followUps().events().stream()
                .map(e -> e.summary() + " " + e.description()).reduce("", String::concat));

        assertThat(papers).doesNotContainPattern("(?i)\\boppsigelse(n|sbrevet)?\\b")
                .doesNotContainPattern("(?i)\\boppseiing(a|sbrevet)?\\b").contains(letterSent);
        assertThat(FARVEL.caseFile(noContract).followUps().events()).filteredOn(e -> e.kind()
                == FollowUpKind.LETTER_SENT).singleElement().extracting(FollowUp::item)
                .isEqualTo("Brevet om avslutning av samarbeidet er sendt");
    }

    static Stream<Arguments> norwegian() {
        return Stream.of(Arguments.of(LetterLocale.NB, "Hevingsbrevet er sendt"),
                Arguments.of(LetterLocale.NN, "Hevingsbrevet er sendt"));
    }

    @Test
    void aCaseWithoutInvoicesHasNoReplyToADisputedInvoice() {
        Termination t = LetterCases.of("noInvoices", LetterLocale.EN).termination();

        CaseFile caseFile = FARVEL.caseFile(t);

        assertThat(caseFile.replies().stream().map(Reply::kind)).doesNotContain(ReplyKind.INVOICE_DISPUTED);
        assertThatThrownBy(() -> caseFile.reply(ReplyKind.INVOICE_DISPUTED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no final invoices");
    }

    @Test
    void theFollowUpsAreEveryDateToActOnWithStableUids() {
        Termination t = SharedExamples.read("nb-sen-betaling.json");

        List<FollowUp> events = FARVEL.caseFile(t).followUps().events();

        assertThat(events).extracting(FollowUp::kind).containsExactlyInAnyOrder(FollowUpKind.LETTER_SENT,
                FollowUpKind.INVOICE_DUE, FollowUpKind.INVOICE_DUE, FollowUpKind.REFUND_DUE, FollowUpKind.HANDOVER,
                FollowUpKind.EFFECTIVE, FollowUpKind.DEBRIEF);
        assertThat(events).extracting(FollowUp::date).isSorted();
        assertThat(events).extracting(FollowUp::uid).doesNotHaveDuplicates()
                .containsExactlyElementsOf(FARVEL.caseFile(t).followUps().events().stream().map(FollowUp::uid)
                        .toList())
                .allMatch(uid -> uid.startsWith(t.id() + "."));
        assertThat(events).filteredOn(e -> e.kind() == FollowUpKind.EFFECTIVE).singleElement()
                .extracting(FollowUp::date).isEqualTo(t.effectiveDate());
        assertThat(events).allSatisfy(e -> assertThat(e.description()).containsIgnoringCase("sjekk at")
                .doesNotContain("{"));
    }

    /**
     * The memo and the calendar print kroner as the letter does, "kr" before the amount: the memo's follow-up table
     * beside its own invoice and refund sums, and every event's text.
     */
    @Test
    void theCaseFilePrintsKronerAsTheLetterDoes() {
        Termination t = SharedExamples.read("nb-sen-betaling.json");

        CaseFile caseFile = FARVEL.caseFile(t);
        String memo = LetterCases.plain(caseFile.memo().text());
        String calendar = LetterCases.plain(caseFile.followUps().events().stream()
                .map(e -> e.summary() + " " + e.description()).reduce("", (a, b) -> a + " " + b));

        assertThat(LetterCases.plain(FARVEL.render(t).text())).contains("kr 12 400,00", "kr 4 500,00");
        assertThat(memo).contains("Sum utestående: kr 21 350,00", "14. februar 2027 Tilbakebetaling av kr 4 500,00");
        assertThat(calendar).contains("Faktura 2026-1041 på kr 12 400,00 forfaller i dag.",
                "Tilbakebetaling av kr 4 500,00: Fjordkraft Demo AS");
        assertThat(memo + calendar).doesNotContainPattern("\\d kr\\b");
    }

    /** The debrief is a meeting: 14 days after Sunday 31 January 2027 is a Sunday, so it moves to the Monday. */
    @Test
    void aDebriefThatFallsOnAWeekendMovesToTheMonday() {
        Termination t = SharedExamples.read("nb-sen-betaling.json");

        CaseFile caseFile = FARVEL.caseFile(t);

        assertThat(caseFile.followUps().events()).filteredOn(e -> e.kind() == FollowUpKind.DEBRIEF).singleElement()
                .extracting(FollowUp::date).isEqualTo(java.time.LocalDate.of(2027, 2, 15));
        assertThat(LetterCases.plain(caseFile.memo().text()))
                .contains("15. februar 2027 Evalueringsmøte");
        assertThat(LetterCases.plain(caseFile.debrief().text()))
                .contains("15. februar 2027, 15 dager etter at avtalen opphørte 31. januar 2027");
    }

    @Test
    void anInvalidTerminationGetsEveryViolationAndNoCaseFile() {
        Termination t = SharedExamples.read("en-scope.json").toBuilder().effectiveDate(null).build();

        assertThatThrownBy(() -> FARVEL.caseFile(t)).isInstanceOf(InvalidTerminationException.class)
                .hasMessageContaining("effectiveDate");
    }

    /** The records of the project's sample data (samples/data/clients.jsonl), as the batch reads them. */
    private static List<Termination> sampleData() throws IOException {
        Path file = Path.of("..", "samples", "data", "clients.jsonl");
        List<Termination> records = new ArrayList<>();
        TerminationReader reader = TerminationReader.create();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                try {
                    records.add(reader.readOne(line, file.toString()));
                } catch (no.farvel.core.json.TerminationReadException e) {
                    throw new AssertionError(e.getMessage(), e);
                }
            }
        }
        assertThat(records).as(file.toString()).hasSizeGreaterThan(10);
        return records;
    }
}
