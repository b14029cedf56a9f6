package no.farvel.localization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LetterLocaleTest {
    @Test
    void theBuiltInLanguagesKeepTheirCodesLocalesAndDocumentTags() {
        assertThat(List.of(LetterLocale.NB, LetterLocale.NN, LetterLocale.EN)).extracting(LetterLocale::code)
                .containsExactly("nb", "nn", "en");
        assertThat(LetterLocale.NN.toLocale()).isEqualTo(Locale.forLanguageTag("nn"));
        assertThat(List.of(LetterLocale.NB, LetterLocale.NN, LetterLocale.EN))
                .extracting(LetterLocale::documentLanguageTag).containsExactly("nb-NO", "nn-NO", "en-GB");
        assertThat(LetterLocale.NB.englishName()).isEqualTo("Norwegian bokmål");
        assertThat(LetterLocale.EN).hasToString("en");
    }

    @Test
    void findsLanguagesByCode() {
        assertThat(LetterLocale.fromCode("nn")).isSameAs(LetterLocale.NN);
        assertThat(LetterLocale.find("en")).contains(LetterLocale.EN);
        assertThat(LetterLocale.find("sv")).isEmpty();
        assertThat(LetterLocale.find(null)).isEmpty();
        assertThat(LetterLocale.all()).startsWith(LetterLocale.NB, LetterLocale.NN, LetterLocale.EN);
        assertThat(LetterLocale.codes()).startsWith("nb, nn, en");
    }

    @Test
    void anUnknownCodeNamesTheCodesThereAre() {
        assertThatThrownBy(() -> LetterLocale.fromCode("NB")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'NB' is not a letter locale; use one of nb, nn, en");
        assertThatThrownBy(() -> LetterLocale.fromCode(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'null' is not a letter locale; use one of nb, nn, en");
    }

    @Test
    void nynorskFallsBackToBokmalAndNothingFallsBackToEnglishUnasked() {
        assertThat(LetterLocale.NN.messageChain()).containsExactly(LetterLocale.NN, LetterLocale.NB);
        assertThat(LetterLocale.NN.fallbacks()).containsExactly(LetterLocale.NB);
        assertThat(LetterLocale.NB.fallbacks()).isEmpty();
        assertThat(LetterLocale.EN.fallbacks()).isEmpty();
    }

    @Test
    void aRegisteredLanguageIsFoundByCodeAndFallsBackAsItSays() {
        LetterLocale registered = LetterLocale.register(new DelegatingLanguage("qaa", List.of("en")));

        assertThat(LetterLocale.fromCode("qaa")).isEqualTo(registered);
        assertThat(LetterLocale.all()).startsWith(LetterLocale.NB, LetterLocale.NN, LetterLocale.EN)
                .contains(registered);
        assertThat(LetterLocale.codes()).contains("qaa");
        assertThat(registered.messageChain()).containsExactly(registered, LetterLocale.EN);
        assertThat(registered.formats().dateInText(java.time.LocalDate.of(2027, 1, 31))).isEqualTo("31 January 2027");
        // Registering the same class again, as start-up code run twice would, changes nothing.
        assertThat(LetterLocale.register(new DelegatingLanguage("qaa", List.of("en")))).isSameAs(registered);
    }

    @Test
    void refusesACodeThatIsTakenAFallbackThatIsUnknownAndACodeThatIsNoTag() {
        assertThatThrownBy(() -> LetterLocale.register(new DelegatingLanguage.Rival("nb")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Two letter languages claim the code 'nb': no.farvel.localization.internal.Bokmal and "
                        + "no.farvel.localization.DelegatingLanguage$Rival; keep one of them on the class path");
        assertThatThrownBy(() -> LetterLocale.register(new DelegatingLanguage("qab", List.of("sv"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The letter language 'qab' falls back to 'sv', which is not a letter language;");
        assertThat(LetterLocale.find("qab")).isEmpty();
        assertThatThrownBy(() -> LetterLocale.register(new DelegatingLanguage("Swedish", List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("has the code 'Swedish'; a code is a language tag such as 'sv' or 'en-XA'");
    }

    @Test
    void localesAreEqualByCode() {
        assertThat(LetterLocale.fromCode("nb")).isEqualTo(LetterLocale.NB).hasSameHashCodeAs(LetterLocale.NB);
        assertThat(LetterLocale.NB).isNotEqualTo(LetterLocale.NN);
    }
}
