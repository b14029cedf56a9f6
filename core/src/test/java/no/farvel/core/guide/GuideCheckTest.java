package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.core.Closing;
import no.farvel.core.Contact;
import no.farvel.localization.LetterLocale;
import no.farvel.core.Reason;
import no.farvel.core.ReasonType;
import no.farvel.core.Termination;
import no.farvel.core.Transition;

/** The completeness rules of the guide check, each firing on a crafted case and quiet on the clean examples. */
class GuideCheckTest {
    private final GuideCheck check = GuideCheck.standard();

    @Test
    void everySharedExampleHasNoFindings() {
        List<Path> files = SharedExamples.files();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            assertThat(check.check(SharedExamples.read(file))).as("findings for %s", file.getFileName()).isEmpty();
        }
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
        String letter = Examples.resource("rendered_en.txt").replace("from 28 February 2027", "from the end of February");
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
    void renderedLetterThatLostItsThanksAndWishesIsAnError() {
        String letter = Examples.resource("rendered_nb.txt").replace("Vi takker for samarbeidet og for tilliten dere "
                + "har vist oss. Vi ønsker\ndere lykke til videre.", "");
        assertThat(check.checkLetter(Examples.nb(), letter)).containsExactly(
                new Finding(Severity.ERROR, "THANKS_NOT_RENDERED", "letter",
                        "Brevet skal takke for samarbeidet (closing.thanks er på), men den ferdige teksten inneholder "
                                + "ingen takk. Kontroller malen.",
                        "The closing asks for thanks (closing.thanks is on), but the rendered letter contains none. "
                                + "Check the template.", null),
                new Finding(Severity.ERROR, "GOOD_WISHES_NOT_RENDERED", "letter",
                        "Brevet skal ønske kunden lykke til (closing.wishWell er på), men den ferdige teksten "
                                + "inneholder ingen gode ønsker. Kontroller malen.",
                        "The closing asks for good wishes (closing.wishWell is on), but the rendered letter contains "
                                + "none. Check the template.", null));
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
        assertThatThrownBy(() -> check.checkLetter(Examples.en(), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("The parameter 'renderedPlainText' must not be null");
    }
}
