package no.farvel.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import no.farvel.localization.LetterLocale;
import org.junit.jupiter.api.Test;

/** A letter language, no longer an enum, goes to and from JSON as its code. */
class LetterLocaleJsonTest {
    private final ObjectMapper json = new ObjectMapper().registerModule(StrictScalars.module(100));

    @Test
    void writesAndReadsTheCode() throws Exception {
        assertThat(json.writeValueAsString(LetterLocale.NN)).isEqualTo("\"nn\"");
        assertThat(json.readValue("\"en\"", LetterLocale.class)).isEqualTo(LetterLocale.EN);
    }
}
