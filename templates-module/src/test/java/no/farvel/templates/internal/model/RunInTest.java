package no.farvel.templates.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunInTest {
    @Test
    void leavesOffTheColonsSemicolonsCommasAndSpacesATextEndsWith() {
        assertThat(RunIn.text("Forskudd for mars:")).isEqualTo("Forskudd for mars");
        assertThat(RunIn.text("Depositum :\u00A0")).isEqualTo("Depositum");
        assertThat(RunIn.text("Kreditnota, mars;:,")).isEqualTo("Kreditnota, mars");
    }

    @Test
    void keepsAColonInsideTheTextAndAFullStopAtItsEnd() {
        assertThat(RunIn.text("Forskudd: mars")).isEqualTo("Forskudd: mars");
        assertThat(RunIn.text("Refund of fees paid to Acme Ltd.")).isEqualTo("Refund of fees paid to Acme Ltd.");
    }

    @Test
    void givesEmptyTextForNull() {
        assertThat(RunIn.text(null)).isEmpty();
    }
}
