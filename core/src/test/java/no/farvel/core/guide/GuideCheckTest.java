package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.core.Address;
import no.farvel.core.Closing;
import no.farvel.core.Contact;
import no.farvel.core.Contract;
import no.farvel.core.InvoiceStatus;
import no.farvel.localization.LetterLocale;
import no.farvel.core.Provider;
import no.farvel.core.Reason;
import no.farvel.core.ReasonType;
import no.farvel.core.Signatory;
import no.farvel.core.Termination;
import no.farvel.core.Transition;

/** The completeness rules of the guide check, each firing on a crafted case and quiet on the clean examples. */
class GuideCheckTest {
    private static final String ENDS = "The agreement terminates at the end of 28 February 2027. Thank you for your "
            + "business. We wish you every success.";
    private final GuideCheck check = GuideCheck.standard();

    @Test
    void theSharedExamplesHaveNoFindingsButTheMissingIbanForPounds() {
        List<Path> files = SharedExamples.files();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            List<Finding> findings = check.check(SharedExamples.read(file));
            if (file.getFileName().toString().equals("en-scope.json")) {
                assertThat(findings).as("findings for %s", file.getFileName())
                        .extracting(Finding::severity, Finding::code, Finding::location)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING,
                                "PAYMENT_DETAILS_MISSING", "provider.iban"));
            } else {
                assertThat(findings).as("findings for %s", file.getFileName()).isEmpty();
            }
        }
    }

    @Test
    void paymentAskedForFromAbroadWithoutIbanAndBicIsAWarningNamingTheFields() {
        assertThat(check.check(Examples.enAsShared())).containsExactly(new Finding(Severity.WARNING,
                "PAYMENT_DETAILS_MISSING", "provider.iban",
                "The letter asks for payment in GBP from a client abroad or in a currency other than NOK, but "
                        + "the provider has no provider.iban and provider.bic. The letter can therefore give only the "
                        + "payment details the provider has, which such a client may not be able to use. Add "
                        + "provider.iban and provider.bic.",
                "The letter asks for payment in GBP from a client abroad or in a currency other than NOK, but "
                        + "the provider has no provider.iban and provider.bic. The letter can therefore give only the "
                        + "payment details the provider has, which such a client may not be able to use. Add "
                        + "provider.iban and provider.bic.", null));
        Termination noBic = Examples.en().toBuilder().provider(Examples.en().provider().toBuilder().bic(null).build())
                .build();
        assertThat(check.check(noBic)).extracting(Finding::code, Finding::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PAYMENT_DETAILS_MISSING", "provider.bic"));
    }

    @Test
    void paymentInKronerFromNorwayWithoutAnAccountNumberIsAWarning() {
        Termination t = Examples.nb().toBuilder().provider(Examples.nb().provider().toBuilder().bankAccount(null)
                .build()).build();
        assertThat(check.check(t)).extracting(Finding::severity, Finding::code, Finding::location, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "PAYMENT_DETAILS_MISSING",
                        "provider.bankAccount", "Brevet ber om betaling i NOK fra en kunde i Norge, men leverandøren "
                                + "har ikke norsk kontonummer. Fyll ut provider.bankAccount."));
    }

    @Test
    void kronerFromAClientAbroadNeedTheIbanToo() {
        Termination t = Examples.nb().toBuilder().client(Examples.nb().client().toBuilder()
                .address(new Address(List.of("Drottninggatan 1"), "111 51", "Stockholm", "SE")).build()).build();
        assertThat(check.check(t)).extracting(Finding::code, Finding::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PAYMENT_DETAILS_MISSING", "provider.iban"));
    }

    @Test
    void nothingToPayNeedsNoPaymentDetails() {
        Termination t = Examples.enAsShared().toBuilder().finalInvoices(Examples.enAsShared().finalInvoices().stream()
                .filter(i -> i.status() == InvoiceStatus.DISPUTED).toList()).build();
        assertThat(check.check(t)).isEmpty();
    }

    @Test
    void aPayablePartThatAsksForADisputedAmountIsAnError() {
        Termination t = Examples.en();
        LetterText asksForAll = new LetterText(ENDS,
                Map.of(LetterText.PAYABLE, List.of("Please pay GBP\u00A05,050.50 to IBAN NO48 1503 9603 087.")));
        assertThat(check.checkLetter(t, asksForAll)).containsExactly(new Finding(Severity.ERROR,
                "DISPUTED_REQUESTED", "letter",
                "The letter asks for GBP\u00A05,050.50, which includes disputed invoices (GBP\u00A03,200.00 disputed). "
                        + "Disputed invoices are listed separately, and payment of them is not requested while the "
                        + "dispute continues; ask only for the undisputed amount of GBP\u00A01,850.50.",
                "The letter asks for GBP\u00A05,050.50, which includes disputed invoices (GBP\u00A03,200.00 disputed). "
                        + "Disputed invoices are listed separately, and payment of them is not requested while the "
                        + "dispute continues; ask only for the undisputed amount of GBP\u00A01,850.50.", null));
        LetterText asksForTheDisputedOne = new LetterText(ENDS,
                Map.of(LetterText.PAYABLE, List.of("Amount due GBP 3,200.00")));
        assertThat(check.checkLetter(t, asksForTheDisputedOne)).extracting(Finding::code)
                .containsExactly("DISPUTED_REQUESTED");
        LetterText asksForTheRest = new LetterText(ENDS + " INV-2026-311 GBP 3,200.00 is disputed.",
                Map.of(LetterText.PAYABLE, List.of("Please pay GBP 1,850.50.")));
        assertThat(check.checkLetter(t, asksForTheRest)).isEmpty();
    }

    @Test
    void anUnmarkedLetterWithATotalThatIncludesTheDisputedInvoiceIsAnError() {
        String letter = ENDS + "\nINV-2026-311 GBP 3,200.00\n"
                + "Total outstanding: GBP\u00A05,050.50\nPlease pay to account number 1503 96 03087.";
        assertThat(check.checkLetter(Examples.en(), letter)).extracting(Finding::code)
                .containsExactly("DISPUTED_REQUESTED");
        assertThat(check.checkLetter(Examples.en(), letter.replace("Total outstanding: GBP\u00A05,050.50\n", "")))
                .isEmpty();
    }

    @Test
    void aLetterWhoseEveryInvoiceIsDisputedMayStateTheDisputedTotal() {
        Termination allDisputed = Examples.en().toBuilder().finalInvoices(Examples.en().finalInvoices().stream()
                .filter(i -> i.status() == InvoiceStatus.DISPUTED).toList()).build();
        // Nothing is payable, so no part of the letter is marked payable and the whole letter is read.
        String letter = ENDS + "\nINV-2026-311 GBP 3,200.00\nTotal disputed GBP\u00A03,200.00\n";
        assertThat(check.checkLetter(allDisputed, letter)).extracting(Finding::code)
                .doesNotContain("DISPUTED_REQUESTED");
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void cleanTerminationsHaveNoFindings(LetterLocale locale) {
        assertThat(check.check(Examples.of(locale))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void renderedDefaultLettersHaveNoFindings(LetterLocale locale) {
        assertThat(check.checkLetter(Examples.of(locale), Examples.resource("rendered_" + locale.code() + ".txt")))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void everyMessageOfTheDefaultPackHasNoFindings(LetterLocale locale) {
        String messages = String.join("\n\n", Examples.corpus("default_messages_" + locale.code() + ".txt"));
        String letter = Examples.resource("rendered_" + locale.code() + ".txt");
        assertThat(check.checkLetter(Examples.of(locale), letter + "\n" + messages)).isEmpty();
    }

    @Test
    void missingEffectiveDateIsAnError() {
        assertThat(check.check(Examples.nb().toBuilder().effectiveDate(null).build())).containsExactly(
                new Finding(Severity.ERROR, "MISSING_EFFECTIVE_DATE", "effectiveDate",
                        "Brevet sier ikke når oppsigelsen får virkning. Oppgi virkningsdatoen (effectiveDate).",
                        "The letter does not say when the termination takes effect. Give the effective date "
                                + "(effectiveDate).", null));
    }

    @Test
    void effectiveDateBeforeLetterDateIsAnError() {
        assertThat(check.check(Examples.en().toBuilder().effectiveDate(LocalDate.parse("2026-11-01")).build()))
                .containsExactly(new Finding(Severity.ERROR, "EFFECTIVE_BEFORE_LETTER", "effectiveDate",
                        "The effective date 2026-11-01 is before the letter date 2026-11-28. A termination cannot "
                                + "take effect before the letter is sent.",
                        "The effective date 2026-11-01 is before the letter date 2026-11-28. A termination cannot "
                                + "take effect before the letter is sent.", null));
    }

    @Test
    void effectiveDateInsideTheNoticePeriodIsAWarning() {
        Termination early = Examples.nb().toBuilder().effectiveDate(LocalDate.parse("2027-01-15")).build();
        assertThat(check.check(early)).containsExactly(new Finding(Severity.WARNING, "NOTICE_PERIOD_SHORT",
                "effectiveDate",
                "Virkningsdatoen 2027-01-15 er før oppsigelsestiden (P2M) er ute; tidligst mulige dato er 2027-01-28. "
                        + "Flytt datoen, eller merk oppsigelsen som avskjed eller heving (forCause) hvis den gjelder "
                        + "vesentlig mislighold.",
                "The effective date 2027-01-15 is before the notice period (P2M) ends; the earliest possible date is "
                        + "2027-01-28. Move the date, or mark the termination as for cause (forCause) if it ends the "
                        + "contract for a material breach.", null));
    }

    @Test
    void terminationForCauseWaivesTheNoticePeriod() {
        Termination forCause = Examples.nb().toBuilder().effectiveDate(LocalDate.parse("2027-01-15"))
                .forCause(true).build();
        assertThat(forCause.forCause()).isTrue();
        assertThat(check.check(forCause)).isEmpty();
    }

    @Test
    void forCauseIsFalseWhenNotGivenAndTakesPartInEquality() {
        Termination plain = Examples.en();
        assertThat(plain.forCause()).isFalse();
        assertThat(plain.toBuilder().forCause(false).build()).isEqualTo(plain);
        assertThat(plain.toBuilder().forCause(true).build()).isNotEqualTo(plain);
        assertThat(plain.toBuilder().forCause(true).build().toBuilder().build().forCause()).isTrue();
    }

    @Test
    void handoverBeforeTheEffectiveDateIsAWarning() {
        Termination t = Examples.nn().toBuilder().transition(new Transition(null, LocalDate.parse("2026-12-20"),
                List.of("Nøklar og tilgangskort"), new Contact("Per Lie", "per@fjordreint.example", null))).build();
        assertThat(check.check(t)).containsExactly(new Finding(Severity.WARNING, "HANDOVER_BEFORE_EFFECTIVE",
                "transition.handoverBy",
                "Overleveringa er datert 2026-12-20, før verknadsdatoen 2026-12-31. Kunden mistar då tenestene før "
                        + "avtalen er slutt; bruk ein dato på eller etter verknadsdatoen.",
                "The handover is dated 2026-12-20, before the effective date 2026-12-31. The client would lose the "
                        + "services before the agreement ends; use a date on or after the effective date.", null));
    }

    @Test
    void noReasonIsAnError() {
        assertThat(check.check(Examples.en().toBuilder().reasons(List.of()).build())).containsExactly(
                new Finding(Severity.ERROR, "MISSING_REASON", "reasons",
                        "The letter gives no reason for the termination. Add at least one reason.",
                        "The letter gives no reason for the termination. Add at least one reason.", null));
    }

    @Test
    void otherReasonWithoutDetailIsAnError() {
        Termination t = Examples.nn().toBuilder().reasons(List.of(new Reason(ReasonType.OTHER, " "))).build();
        assertThat(check.check(t)).containsExactly(new Finding(Severity.ERROR, "REASON_WITHOUT_DETAIL",
                "reasons[0].detail",
                "Grunnen av typen OTHER har inga forklaring, så brevet seier ikkje kva grunnen er. Skriv han i detail.",
                "The reason of type OTHER has no detail, so the letter does not say what the reason is. Write it in "
                        + "detail.", null));
    }

    @Test
    void noStepsTakenIsAWarning() {
        assertThat(check.check(Examples.nn().toBuilder().stepsTaken(List.of()).build())).containsExactly(
                new Finding(Severity.WARNING, "NO_STEPS_TAKEN", "stepsTaken",
                        "Brevet nemner ikkje kva som er gjort for å løyse saka. Rettleiinga tilrår å ta med tiltaka, "
                                + "til dømes møte eller tilbod.",
                        "The letter does not say what was done to resolve the matter. The guidance recommends "
                                + "listing the steps taken, such as meetings or offers.", null));
    }

    @Test
    void stepDatedAfterTheLetterIsAWarning() {
        Termination t = Examples.en().toBuilder().addStepTaken(LocalDate.parse("2026-12-01"), "Follow-up call")
                .build();
        assertThat(check.check(t)).extracting(Finding::severity, Finding::code, Finding::location, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "STEP_AFTER_LETTER",
                        "stepsTaken[2].date", "This step is dated 2026-12-01, after the letter date 2026-11-28, but "
                                + "the letter reports it as already done."));
    }

    @Test
    void noWindDownInformationIsAWarning() {
        Termination t = Examples.nn().toBuilder().refunds(List.of()).transition(null).build();
        assertThat(check.check(t)).containsExactly(new Finding(Severity.WARNING, "NO_WIND_DOWN", "$",
                "Brevet seier ingenting om avviklinga: korkje sluttfakturaer, tilbakebetaling eller overføring til ny "
                        + "leverandør.",
                "The letter says nothing about winding down: no final invoices, refunds or handover to a new "
                        + "provider.", null));
    }

    @Test
    void closingWithoutThanksOrWishesGivesTwoWarnings() {
        Termination t = Examples.nb().toBuilder().closing(new Closing(false, false, null)).build();
        assertThat(check.check(t)).extracting(Finding::severity, Finding::code, Finding::location, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "NO_THANKS", "closing.thanks",
                                "Brevet takker ikke for samarbeidet. Veiledningen anbefaler å avslutte med en takk."),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "NO_GOOD_WISHES", "closing.wishWell",
                                "Brevet ønsker ikke kunden lykke til videre. Veiledningen anbefaler å avslutte med "
                                        + "gode ønsker."));
    }

    @Test
    void renderedLetterWithoutTheEffectiveDateIsAnError() {
        String letter = Examples.resource("rendered_en.txt").replace("at the end of 28 February 2027", "at the end of February");
        assertThat(check.checkLetter(Examples.en(), letter)).containsExactly(
                new Finding(Severity.ERROR, "EFFECTIVE_DATE_NOT_RENDERED", "letter",
                        "The rendered letter does not mention the effective date 2027-02-28. The letter must say when "
                                + "the termination takes effect; check the template.",
                        "The rendered letter does not mention the effective date 2027-02-28. The letter must say when "
                                + "the termination takes effect; check the template.", null));
    }

    @Test
    void effectiveDateIsRecognisedInTheUsualFormats() {
        for (String date : List.of("2027-01-31", "31.01.2027", "31. januar 2027", "31. jan. 2027")) {
            String letter = "Avtalen avsluttes " + date + ". Vi takker for samarbeidet og ønsker dere lykke til.";
            assertThat(check.checkLetter(Examples.nb(), letter)).as(date).isEmpty();
        }
        for (String date : List.of("28 February 2027", "February 28, 2027", "28 Feb 2027")) {
            String letter = "The agreement ends on " + date + ". Thank you, and we wish you every success.";
            assertThat(check.checkLetter(Examples.en(), letter)).as(date).isEmpty();
        }
    }

    @Test
    void aMarkedLetterThatLostItsThanksAndWishesIsAnError() {
        LetterText letter = new LetterText(Examples.resource("rendered_nb.txt"), Map.of(LetterText.THANKS, List.of(" "),
                "other", List.of("Vi ønsker dere lykke til videre.")));
        assertThat(check.checkLetter(Examples.nb(), letter)).containsExactly(
                new Finding(Severity.ERROR, "THANKS_NOT_RENDERED", "letter",
                        "Brevet skal takke for samarbeidet (closing.thanks er på), men den ferdige teksten har ingen "
                                + "tekst merket data-role=\"thanks\", selv om malen merker avslutningen. Kontroller malen.",
                        "The closing asks for thanks (closing.thanks is on), but the rendered letter has no text marked "
                                + "data-role=\"thanks\", though its template marks closing roles. Check the template.",
                        null),
                new Finding(Severity.ERROR, "GOOD_WISHES_NOT_RENDERED", "letter",
                        "Brevet skal ønske kunden lykke til (closing.wishWell er på), men den ferdige teksten har ingen "
                                + "tekst merket data-role=\"wishes\", selv om malen merker avslutningen. Kontroller malen.",
                        "The closing asks for good wishes (closing.wishWell is on), but the rendered letter has no "
                                + "text marked data-role=\"wishes\", though its template marks closing roles. Check the "
                                + "template.", null));
    }

    @Test
    void aMarkedClosingPassesWhateverItsWords() {
        String letter = "Avtalen avsluttes 31. januar 2027.\n\nTakk for godt samarbeid. Vi ønsker dere all mulig "
                + "medvind videre.";
        LetterText marked = new LetterText(letter, Map.of(LetterText.THANKS, List.of("Takk for godt samarbeid."),
                LetterText.WISHES, List.of("Vi ønsker dere all mulig medvind videre.")));
        assertThat(check.checkLetter(Examples.nb(), marked)).isEmpty();
        assertThat(check.checkLetter(Examples.nb(), LetterText.of(letter))).extracting(Finding::severity,
                Finding::code).containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING,
                "GOOD_WISHES_UNCONFIRMED"));
    }

    @Test
    void anUnmarkedLetterThatLostItsThanksAndWishesGetsWarnings() {
        String letter = Examples.resource("rendered_nb.txt").replace("Vi takker for samarbeidet og for tilliten dere "
                + "har vist oss. Vi ønsker\ndere lykke til videre.", "");
        assertThat(check.checkLetter(Examples.nb(), letter)).extracting(Finding::severity, Finding::code, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "THANKS_UNCONFIRMED",
                                "Brevet skal takke for samarbeidet (closing.thanks er på), men vi fant ingen vanlig takk "
                                        + "i teksten. Kontroller brevet, og merk takken i pakkens mal med "
                                        + "data-role=\"thanks\" så den kan bekreftes."),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "GOOD_WISHES_UNCONFIRMED",
                                "Brevet skal ønske kunden lykke til (closing.wishWell er på), men vi fant ingen vanlige "
                                        + "gode ønsker i teksten. Kontroller brevet, og merk de gode ønskene i pakkens "
                                        + "mal med data-role=\"wishes\" så de kan bekreftes."));
    }

    @Test
    void aProviderWithoutAnOrganisationNumberIsAWarning() {
        Termination t = Examples.en().toBuilder().provider(Examples.en().provider().toBuilder().orgNumber(null).build())
                .build();
        assertThat(check.check(t)).containsExactly(new Finding(Severity.WARNING, "PROVIDER_WITHOUT_ORG_NUMBER",
                "provider.orgNumber", "The provider has no organisation number. A business letter names the sender's "
                + "organisation number; add provider.orgNumber.", "The provider has no organisation number. A "
                + "business letter names the sender's organisation number; add provider.orgNumber.", null));
    }

    @Test
    void norwegianTitlesInAnEnglishLetterAreWarningsNamingTheField() {
        Termination t = Examples.en().toBuilder()
                .contract(new Contract("Avtale om regnskapstjenester", null, null))
                .provider(withSignatoryTitle(Examples.en().provider(), "Daglig leder")).build();
        assertThat(check.check(t)).extracting(Finding::severity, Finding::code, Finding::location, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "WRONG_LANGUAGE", "contract.title",
                                "\"Avtale om regnskapstjenester\" seems to be in Norwegian, but the letter is in "
                                        + "English. Write it in English, or the letter will mix languages."),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "WRONG_LANGUAGE",
                                "provider.signatory.title", "\"Daglig leder\" seems to be in Norwegian, but the letter "
                                        + "is in English. Write it in English, or the letter will mix languages."));
    }

    @Test
    void anEnglishTitleBesideTheNorwegianOneIsWhatAnEnglishLetterIsJudgedBy() {
        Termination t = Examples.en().toBuilder()
                .contract(new Contract("Avtale om regnskapstjenester", null, null, "Agreement for Accounting Services"))
                .provider(Examples.en().provider().toBuilder()
                        .signatory(new Signatory("Ola Hansen", "Daglig leder", "Managing Director")).build()).build();
        assertThat(check.check(t)).isEmpty();
        Termination nb = Examples.nb().toBuilder().contract(new Contract("Avtale om regnskapstjenester", null, null,
                "Agreement for Accounting Services")).build();
        assertThat(check.check(nb)).isEmpty();
    }

    @Test
    void englishTextInANorwegianLetterIsAWarningInTheLettersLanguage() {
        Termination t = Examples.nn().toBuilder()
                .contract(new Contract("Master Services Agreement", null, null))
                .provider(withSignatoryTitle(Examples.nn().provider(), "Managing Director"))
                .reasons(List.of(new Reason(ReasonType.OTHER, "The invoices have not been paid since June."))).build();
        assertThat(check.check(t)).extracting(Finding::code, Finding::location, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("WRONG_LANGUAGE", "contract.title", "«Master Services Agreement» "
                        + "ser ut til å vere på engelsk, men brevet er på norsk. Skriv det på norsk, elles blandar "
                        + "brevet språk."),
                org.assertj.core.groups.Tuple.tuple("WRONG_LANGUAGE", "reasons[0].detail", "«The invoices have not "
                        + "been paid since June.» ser ut til å vere på engelsk, men brevet er på norsk. Skriv det på "
                        + "norsk, elles blandar brevet språk."),
                org.assertj.core.groups.Tuple.tuple("WRONG_LANGUAGE", "provider.signatory.title", "«Managing "
                        + "Director» ser ut til å vere på engelsk, men brevet er på norsk. Skriv det på norsk, elles "
                        + "blandar brevet språk."));
    }

    @Test
    void namesAndShortMixedTitlesAreNotTakenForAnotherLanguage() {
        Termination t = Examples.en().toBuilder()
                .contract(new Contract("Fjordkraft SaaS licence", null, null))
                .provider(withSignatoryTitle(Examples.en().provider(), "CEO")).build();
        assertThat(check.check(t)).isEmpty();
        Termination nb = Examples.nb().toBuilder()
                .contract(new Contract("Avtale om Microsoft 365-lisenser", null, null))
                .provider(withSignatoryTitle(Examples.nb().provider(), "CFO")).build();
        assertThat(check.check(nb)).isEmpty();
    }

    private static Provider withSignatoryTitle(Provider p, String title) {
        return p.toBuilder().signatory(new Signatory(p.signatory().name(), title)).build();
    }

    @Test
    void renderedLetterWithoutThanksIsFineWhenTheClosingTurnedThemOff() {
        String letter = Examples.resource("rendered_nn.txt").replace("Vi takkar for samarbeidet og for tilliten de har "
                + "vist oss. Vi ønskjer\ndykk lukke til vidare.", "");
        Termination t = Examples.nn().toBuilder().closing(new Closing(false, false, null)).build();
        assertThat(check.checkLetter(t, letter)).isEmpty();
    }

    @Test
    void refusesNullArguments() {
        assertThatThrownBy(() -> check.check(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("The parameter 'termination' must not be null");
        assertThatThrownBy(() -> check.checkLetter(Examples.en(), (String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("The parameter 'renderedPlainText' must not be null");
    }
}
