package no.farvel.localization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {
    private static final Map<LetterLocale, Map<String, String>> PACK = Map.of(
            LetterLocale.NB, Map.of("closing.signoff", "Med vennlig hilsen", "invoices.status.OPEN", "Åpen",
                    "only.nb", "bokmål"),
            LetterLocale.NN, Map.of("closing.signoff", "Med venleg helsing"),
            LetterLocale.EN, Map.of("closing.signoff", "Yours sincerely", "only.en", "English"));

    private static String text(LetterLocale locale, String key) {
        return MessageBundles.lookup(locale, key, (language, k) -> PACK.getOrDefault(language, Map.of()).get(k))
                .orElse(null);
    }

    @Test
    void takesTheLanguagesOwnTextFirst() {
        assertThat(text(LetterLocale.NN, "closing.signoff")).isEqualTo("Med venleg helsing");
        assertThat(text(LetterLocale.NB, "invoices.status.OPEN")).isEqualTo("Åpen");
    }

    @Test
    void nynorskFallsBackToBokmalButNeverToEnglish() {
        assertThat(text(LetterLocale.NN, "only.nb")).isEqualTo("bokmål");
        assertThat(text(LetterLocale.NN, "only.en")).isNull();
        assertThat(text(LetterLocale.NB, "only.en")).isNull();
        assertThat(text(LetterLocale.EN, "only.nb")).isNull();
    }

    @Test
    void theLanguagesOwnDefaultComesBeforeAFallbacksPackText() {
        assertThat(text(LetterLocale.NN, "invoices.status.OPEN")).isEqualTo("Ikkje forfallen");
        assertThat(text(LetterLocale.NB, "invoices.status.OVERDUE")).isEqualTo("Forfalt");
        assertThat(text(LetterLocale.EN, "invoices.status.DISPUTED")).isEqualTo("Disputed");
    }

    @Test
    void suppliesTheAttachmentNameOfEachLanguage() {
        assertThat(MessageBundles.defaultText(LetterLocale.NB, "mail.attachment")).contains("Oppsigelse fra {sender}");
        assertThat(MessageBundles.defaultText(LetterLocale.NN, "mail.attachment")).contains("Oppseiing frå {sender}");
        assertThat(MessageBundles.defaultText(LetterLocale.EN, "mail.attachment"))
                .contains("Termination notice from {sender}");
        assertThat(MessageBundles.defaultText(LetterLocale.EN, "closing.signoff")).isEmpty();
    }

    @Test
    void reportsTheKeysABundleLacksUnlessItsLanguageSuppliesThem() {
        Map<LetterLocale, Set<String>> keys = new LinkedHashMap<>();
        keys.put(LetterLocale.NB, Set.of("a", "b", "invoices.status.PAID"));
        keys.put(LetterLocale.NN, Set.of("a"));
        keys.put(LetterLocale.EN, Set.of("a", "b", "c"));

        Map<LetterLocale, Map<String, List<LetterLocale>>> missing = MessageBundles.missingKeys(keys);

        assertThat(missing.get(LetterLocale.NB)).containsExactly(Map.entry("c", List.of(LetterLocale.EN)));
        assertThat(missing.get(LetterLocale.NN)).containsExactly(
                Map.entry("b", List.of(LetterLocale.NB, LetterLocale.EN)), Map.entry("c", List.of(LetterLocale.EN)));
        assertThat(missing.get(LetterLocale.EN)).isEmpty();
        assertThat(missing.keySet()).containsExactly(LetterLocale.NB, LetterLocale.NN, LetterLocale.EN);
    }
}
