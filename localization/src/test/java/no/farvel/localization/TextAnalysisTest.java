package no.farvel.localization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {
    private static final TextAnalysis NB = LetterLocale.NB.analysis();
    private static final TextAnalysis NN = LetterLocale.NN.analysis();
    private static final TextAnalysis EN = LetterLocale.EN.analysis();

    @Test
    void removesInvisibleCharactersThatHideAWord() {
        assertThat(NB.normalise("sk\u00ADyld")).isEqualTo("skyld");
        assertThat(NB.normalise("sk\u200Byld")).isEqualTo("skyld");
        assertThat(NB.normalise("sk\u2060yld")).isEqualTo("skyld");
        assertThat(EN.normalise("\u202Efault\u202C")).isEqualTo("fault");
        assertThat(EN.normalise("\uFEFFfault\u200E")).isEqualTo("fault");
    }

    @Test
    void foldsCompatibilityFormsLookAlikesAndCase() {
        assertThat(EN.normalise("ＦＡＵＬＴ")).isEqualTo("fault");
        assertThat(EN.normalise("ﬁnal")).isEqualTo("final");
        assertThat(NB.normalise("ѕkуld")).isEqualTo("skyld"); // Cyrillic dze and u
        assertThat(EN.normalise("ΙDIOT")).isEqualTo("idiot"); // Greek capital iota
        assertThat(EN.normalise("don’t – “really”")).isEqualTo("don't - \"really\"");
        assertThat(NB.normalise("12\u00A0400\u202Fkr")).isEqualTo("12 400 kr");
    }

    @Test
    void keepsTheLettersOfTheLanguage() {
        assertThat(NB.normalise("Ærlig ØL på Å")).isEqualTo("ærlig øl på å");
        assertThat(NN.normalise("a\u030Arleg")).isEqualTo("årleg");
        assertThat(NB.normalise("Ikke forfalt")).isEqualTo("ikke forfalt");
    }

    @Test
    void foldsCaseByTheRulesOfTheLanguage() {
        assertThat(TextNormaliser.normalise("IBAN", Locale.forLanguageTag("tr"))).isEqualTo("ıban");
        assertThat(TextNormaliser.normalise("IBAN", Locale.forLanguageTag("nb"))).isEqualTo("iban");
        assertThat(TextNormaliser.normalise("ÆØÅ É́", Locale.ROOT)).isEqualTo("æøå é́");
    }

    @Test
    void remembersWhereEachNormalisedCharacterCameFrom() {
        String original = "Du er sk\u00ADyl\u200Bdig";
        NormalisedText normalised = NB.normaliseWithOffsets(original);
        assertThat(normalised.text()).isEqualTo("du er skyldig");
        int start = normalised.text().indexOf("skyldig");
        int end = start + "skyldig".length();
        assertThat(original.substring(normalised.originalStart(start), normalised.originalEnd(end - 1)))
                .isEqualTo("sk\u00ADyl\u200Bdig");
        assertThat(TextNormaliser.normaliseWithOffsets("ﬁ", Locale.ROOT).originalEnd(1)).isEqualTo(1);
    }

    @Test
    void namesTheStemmerOfEachLanguage() {
        assertThat(List.of(NB.stemmer(), NN.stemmer(), EN.stemmer()))
                .containsExactly(Stemmer.NORWEGIAN_BOKMAL, Stemmer.NORWEGIAN_NYNORSK, Stemmer.ENGLISH);
        assertThat(Stemmer.NORWEGIAN_NYNORSK.snowballName()).isEqualTo("Norwegian");
        assertThat(Stemmer.NONE.snowballName()).isNull();
    }

    @Test
    void findsADateInTheFormsNorwegianLettersUse() {
        LocalDate date = LocalDate.of(2027, 1, 31);
        for (String text : List.of("2027-01-31", "31.01.2027", "31.1.2027", "31/01/2027", "31. januar 2027",
                "31. jan. 2027", "31. jan 2027", "31.\njanuar   2027", "31.\u00A0januar\u00A02027", "31. JANUAR 2027",
                "31. ja\u00ADnuar 2027", "2027\u201101\u201131")) {
            assertThat(NB.mentionsDate("Avtalen opphører " + text + ".", date)).as(text).isTrue();
            assertThat(NN.mentionsDate("Avtalen tek slutt " + text + ".", date)).as(text).isTrue();
        }
    }

    @Test
    void findsADateInTheFormsEnglishLettersUse() {
        LocalDate date = LocalDate.of(2027, 2, 28);
        for (String text : List.of("28 February 2027", "February 28, 2027", "28 Feb 2027", "28th February 2027",
                "the 28th of February 2027", "February 28th, 2027", "28/02/2027", "2027-02-28")) {
            assertThat(EN.mentionsDate("The agreement ends on " + text + ".", date)).as(text).isTrue();
        }
    }

    @Test
    void doesNotTakeAnotherDateOrAnotherLanguageForTheDate() {
        LocalDate first = LocalDate.of(2027, 2, 1);
        assertThat(NB.mentionsDate("innen 11.2.2027", first)).isFalse();
        assertThat(NB.mentionsDate("innen 21. februar 2027", first)).isFalse();
        assertThat(NB.mentionsDate("innen 1. februar 20270", first)).isFalse();
        assertThat(NB.mentionsDate("innen 1. februar 2027", first)).isTrue();
        assertThat(EN.mentionsDate("by 1. februar 2027", first)).isFalse();
        assertThat(EN.mentionsDate("by 2027-02-11", first)).isFalse();
    }

    @Test
    void spellsTheDateAsTheLetterPrintsIt() {
        LocalDate date = LocalDate.of(2026, 11, 28);
        assertThat(NB.dateSpellings(date)).contains("28. november 2026", "28.11.2026", "2026-11-28");
        assertThat(EN.dateSpellings(date)).contains("28 November 2026", "28 Nov 2026", "November 28, 2026");
    }

    /**
     * {@code mentionsDate} first looks for the date as the letter prints it, in the text as it is; whatever it finds so
     * must be what the normalised text shows, beside any character: letters, digits, invisible and compatibility
     * characters, combining marks, no-break spaces, punctuation.
     */
    @Test
    void aDateFoundAsWrittenIsADateTheNormalisedTextStates() {
        String[] neighbours = {"", " ", "\n", ".", ",", "(", ")", "-", "/", "a", "Z", "æ", "7", "0", "\u00AD", "\u200B",
            "\u2060", "\u00A0", "\u202F", "\u0301", "\u2460", "\uFF11", "\u007F", "\u0001", "«", "»", "–", "\t", "x1",
            "@", "ab@", "US$", "$", "`", "a`", "1d@"};
        Random random = new Random(4122026);
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            LetterLocale locale = List.of(LetterLocale.NB, LetterLocale.NN, LetterLocale.EN).get(random.nextInt(3));
            LocalDate date = LocalDate.of(2026 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String written = random.nextBoolean() ? locale.language().dateInText(date)
                    : locale.language().dateInTable(date);
            String text = "Avtalen opphører " + neighbours[random.nextInt(neighbours.length)] + written
                    + neighbours[random.nextInt(neighbours.length)] + " slik avtalt.";
            TextAnalysis analysis = locale.analysis();
            boolean mentioned = analysis.mentionsDate(text, date);
            assertThat(mentioned).as("%s: %s", locale, text).isEqualTo(analysis.mentionsDateNormalised(text, date));
            found += mentioned ? 1 : 0;
        }
        assertThat(found).as("most of them state it").isGreaterThan(10_000);
    }
}
