package no.farvel.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.farvel.core.Termination;
import no.farvel.templates.testing.SharedExamples;
import no.farvel.templates.testing.PdfText;
import org.junit.jupiter.api.Test;

/** Warming up writes nothing anyone sees and changes nothing a letter is written with. */
class WarmUpTest {
    @Test
    void aLetterWrittenAfterTheWarmUpIsTheLetterWrittenWithout() {
        Termination termination = SharedExamples.read("nb-sen-betaling.json");
        RenderedLetter before = Farvel.builder().build().render(termination);

        Farvel warmed = Farvel.builder().build();
        // Formats this module cannot write are passed over, not failed.
        warmed.warmUp(List.of("pdf", "html", "txt", "docx", "odt"));
        RenderedLetter after = warmed.render(termination);

        assertThat(after.pdf()).isEqualTo(before.pdf());
        assertThat(after.html()).isEqualTo(before.html());
        assertThat(after.text()).isEqualTo(before.text());
        assertThat(PdfText.of(after.pdf())).contains("Fjordkraft Demo AS").doesNotContain("Kunde AS");
    }
}
