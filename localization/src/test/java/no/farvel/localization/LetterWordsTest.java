package no.farvel.localization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterWordsTest {
    private static final LetterWords NB = LetterLocale.NB.words();
    private static final LetterWords NN = LetterLocale.NN.words();
    private static final LetterWords EN = LetterLocale.EN.words();

    @Test
    void oneAgreesWithTheGenderOfWhatItCounts() {
        assertThat(List.of(NB.number(1, Gender.MASCULINE), NB.number(1, Gender.FEMININE), NB.number(1, Gender.NEUTER)))
                .containsExactly("én", "éi", "ett");
        assertThat(List.of(NN.number(1, Gender.MASCULINE), NN.number(1, Gender.FEMININE), NN.number(1, Gender.NEUTER)))
                .containsExactly("éin", "éi", "eitt");
        assertThat(EN.number(1, Gender.FEMININE)).isEqualTo("one");
    }

    @Test
    void writesSmallNumbersInWordsAndLargerOnesInFigures() {
        assertThat(NB.number(7, Gender.MASCULINE)).isEqualTo("sju");
        assertThat(NN.number(12, Gender.MASCULINE)).isEqualTo("tolv");
        assertThat(NB.number(13, Gender.MASCULINE)).isEqualTo("13");
        assertThat(EN.number(9, Gender.NEUTER)).isEqualTo("nine");
        assertThat(EN.number(10, Gender.NEUTER)).isEqualTo("10");
        assertThat(NB.number(-1, Gender.NEUTER)).isEqualTo("-1");
    }

    @Test
    void spellsEveryNumberBelowAHundredWhenAsked() {
        assertThat(LetterLocale.NB.language().cardinal(21, Gender.MASCULINE)).isEqualTo("tjueen");
        assertThat(LetterLocale.NB.language().cardinal(31, Gender.NEUTER)).isEqualTo("trettien");
        assertThat(LetterLocale.NN.language().cardinal(21, Gender.MASCULINE)).isEqualTo("tjueein");
        assertThat(LetterLocale.NN.language().cardinal(47, Gender.MASCULINE)).isEqualTo("førtisju");
        assertThat(LetterLocale.EN.language().cardinal(21, Gender.NEUTER)).isEqualTo("twenty-one");
        assertThat(LetterLocale.EN.language().cardinal(90, Gender.NEUTER)).isEqualTo("ninety");
        assertThat(LetterLocale.NB.language().cardinal(0, Gender.NEUTER)).isEqualTo("null");
    }

    @Test
    void countsUnitsAsANativeWriterDoes() {
        assertThat(NB.count(2, PeriodUnit.MONTH)).isEqualTo("to måneder");
        assertThat(NB.count(1, PeriodUnit.MONTH)).isEqualTo("én måned");
        assertThat(NB.count(1, PeriodUnit.YEAR)).isEqualTo("ett år");
        assertThat(NB.count(1, PeriodUnit.WEEK)).isEqualTo("én uke");
        assertThat(NN.count(1, PeriodUnit.MONTH)).isEqualTo("éin månad");
        assertThat(NN.count(3, PeriodUnit.MONTH)).isEqualTo("tre månader");
        assertThat(NN.count(1, PeriodUnit.YEAR)).isEqualTo("eitt år");
        assertThat(NN.count(1, PeriodUnit.WEEK)).isEqualTo("éi veke");
        assertThat(EN.count(3, PeriodUnit.MONTH)).isEqualTo("three months");
        assertThat(EN.count(14, PeriodUnit.DAY)).isEqualTo("14 days");
        assertThat(NB.count(30, PeriodUnit.DAY)).isEqualTo("30 dager");
    }

    @Test
    void countsInThePossessiveForNoticePhrases() {
        assertThat(EN.countPossessive(3, PeriodUnit.MONTH)).isEqualTo("three months'");
        assertThat(EN.countPossessive(1, PeriodUnit.MONTH)).isEqualTo("one month's");
        assertThat(EN.countPossessive(30, PeriodUnit.DAY)).isEqualTo("30 days'");
        assertThat(NB.countPossessive(3, PeriodUnit.MONTH)).isEqualTo("tre måneders");
        assertThat(NB.countPossessive(1, PeriodUnit.YEAR)).isEqualTo("ett års");
        assertThat(NN.countPossessive(1, PeriodUnit.MONTH)).isEqualTo("éin månads");
        assertThat(NN.countPossessive(2, PeriodUnit.WEEK)).isEqualTo("to vekers");
    }

    @Test
    void writesPeriodsInWords() {
        assertThat(NB.period(Period.ofMonths(2))).isEqualTo("to måneder");
        assertThat(NN.period(Period.ofMonths(1))).isEqualTo("éin månad");
        assertThat(NN.period(Period.of(1, 6, 0))).isEqualTo("eitt år og seks månader");
        assertThat(EN.period(Period.of(1, 6, 0))).isEqualTo("one year and six months");
        assertThat(EN.periodPossessive(Period.ofMonths(3))).isEqualTo("three months'");
        assertThat(EN.periodPossessive(Period.of(1, 6, 0))).isEqualTo("one year and six months'");
        assertThat(NB.periodPossessive(Period.ofMonths(3))).isEqualTo("tre måneders");
        assertThat(NB.period(Period.ofDays(14))).isEqualTo("14 dager");
        assertThat(NB.period(null)).isEmpty();
    }

    /** The parts of one period share a style: never "two years and 10 months" or "15 år og to måneder". */
    @Test
    void writesThePartsOfAPeriodAllInWordsOrAllInFigures() {
        assertThat(EN.period(Period.of(2, 10, 0))).isEqualTo("two years and ten months");
        assertThat(EN.periodPossessive(Period.of(1, 11, 0))).isEqualTo("one year and eleven months'");
        assertThat(EN.period(Period.of(12, 3, 0))).isEqualTo("twelve years and three months");
        assertThat(EN.period(Period.of(15, 2, 0))).isEqualTo("15 years and 2 months");
        assertThat(EN.period(Period.of(0, 1, 14))).isEqualTo("1 month and 14 days");
        assertThat(NB.period(Period.of(15, 2, 0))).isEqualTo("15 år og 2 måneder");
        assertThat(NB.period(Period.of(3, 10, 0))).isEqualTo("tre år og ti måneder");
        assertThat(NN.period(Period.of(1, 1, 0))).isEqualTo("eitt år og éin månad");
        assertThat(NN.period(Period.of(20, 1, 0))).isEqualTo("20 år og 1 månad");
        // A period of one part keeps the language's rule for a count: figures from 10 in English.
        assertThat(EN.period(Period.ofMonths(10))).isEqualTo("10 months");
        assertThat(NB.period(Period.ofMonths(10))).isEqualTo("ti måneder");
    }

    @Test
    void joinsListsWithoutASerialComma() {
        assertThat(NB.list(List.of("fakturaer", "tilbakebetalinger", "overføring"))).isEqualTo(
                "fakturaer, tilbakebetalinger og overføring");
        assertThat(EN.list(List.of("invoices", "refunds"))).isEqualTo("invoices and refunds");
        assertThat(NN.list(List.of("faktura"))).isEqualTo("faktura");
        assertThat(NN.list(List.of())).isEmpty();
        assertThat(List.of(NB.or(), NN.or(), EN.or())).containsExactly("eller", "eller", "or");
    }

    @Test
    void namesInvoiceStatesAsALawyerPrintsThem() {
        assertThat(List.of(InvoiceState.values())).extracting(NB::invoiceStatus)
                .containsExactly("Ikke forfalt", "Forfalt", "Omtvistet", "Betalt");
        assertThat(List.of(InvoiceState.values())).extracting(NN::invoiceStatus)
                .containsExactly("Ikkje forfallen", "Forfallen", "Omtvista", "Betalt");
        assertThat(List.of(InvoiceState.values())).extracting(EN::invoiceStatus)
                .containsExactly("Not yet due", "Overdue", "Disputed", "Paid");
    }

    @Test
    void greetsANamedPersonByTitleAndSurnameAndClosesSincerely() {
        assertThat(EN.salutation("Ms Jane O'Neill")).isEqualTo(new Salutation("Dear Ms O'Neill,", "Yours sincerely,"));
        assertThat(EN.salutation("Dr. Ian van der Berg KC").greeting()).isEqualTo("Dear Dr van der Berg,");
        assertThat(EN.salutation("prof Ada Lovelace").greeting()).isEqualTo("Dear Professor Lovelace,");
        assertThat(EN.salutation("Sir John Smith").greeting()).isEqualTo("Dear Sir John,");
        assertThat(EN.salutation("Mr Smith").greeting()).isEqualTo("Dear Mr Smith,");
    }

    @Test
    void greetsANamedPersonWithoutATitleByFullName() {
        assertThat(EN.salutation("Jane O'Neill")).isEqualTo(new Salutation("Dear Jane O'Neill,", "Yours sincerely,"));
        assertThat(EN.salutation("Kari  Nordmann ").greeting()).isEqualTo("Dear Kari Nordmann,");
    }

    @Test
    void greetsNobodyInParticularAsSirOrMadamAndClosesFaithfully() {
        Salutation general = new Salutation("Dear Sir or Madam,", "Yours faithfully,");
        assertThat(EN.salutation((String) null)).isEqualTo(general);
        assertThat(EN.salutation(" ")).isEqualTo(general);
        assertThat(EN.salutation("Ms")).isEqualTo(general);
        assertThat(EN.salutation(Addressee.none())).isEqualTo(general);
    }

    @Test
    void norwegianLettersHaveNoGreetingLineAndCloseWithRegards() {
        assertThat(NB.salutation("Kari Nordmann")).isEqualTo(new Salutation("", "Med vennlig hilsen"));
        assertThat(NB.salutation((String) null).closing()).isEqualTo("Med vennlig hilsen");
        assertThat(NN.salutation("Kari Nordmann")).isEqualTo(new Salutation("", "Med venleg helsing"));
        assertThat(NN.salutation("Kari Nordmann").hasGreeting()).isFalse();
    }

    @Test
    void readsTheNameInAnAttentionLine() {
        assertThat(EN.addressee("Mrs. Mary-Ann de la Cruz OBE")).isEqualTo(new Addressee("Mrs", "Mary-Ann",
                "de la Cruz"));
        assertThat(EN.addressee("Ms van der Berg")).isEqualTo(new Addressee("Ms", "", "van der Berg"));
        assertThat(NB.addressee("Ms Jane O'Neill")).isEqualTo(new Addressee("", "Ms Jane", "O'Neill"));
        assertThat(EN.addressee("Jane O'Neill").fullName()).isEqualTo("Jane O'Neill");
        assertThat(EN.addressee("").isNamed()).isFalse();
    }
}
