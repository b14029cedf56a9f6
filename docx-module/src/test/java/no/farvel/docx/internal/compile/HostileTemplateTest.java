package no.farvel.docx.internal.compile;

import static no.farvel.docx.testing.WordXml.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.farvel.core.Client;
import no.farvel.core.Termination;
import no.farvel.docx.internal.starter.WordPackage;
import no.farvel.docx.testing.WordLetters;
import no.farvel.docx.testing.WordPacks;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.spi.RenderException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word letter runs in the same locked-down FreeMarker as a FreeMarker pack: what is refused there is refused here,
 * at load, located in the document; data is never run as a template; nothing outside the pack can be read.
 */
class HostileTemplateTest {
    private static final Termination NB = WordLetters.sample("nb-sen-betaling.json");

    @TempDir
    Path dir;

    private Path pack(String body) throws IOException {
        return WordPacks.write(Files.createTempDirectory(dir, "pack"), "\"nb\"",
                Map.of("letter_nb.docx", new WordPackage().body(body).build()));
    }

    private RenderedLetter render(String body, Termination termination) throws IOException {
        TemplatePack pack = WordPacks.load(pack(body));
        return Farvel.builder().pack(pack).build().render(termination);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[=client.name?eval]                            | ?eval is not allowed: data must never be evaluated as a template",
        "[=\"[#assign x = 1]\"?interpret]               | ?interpret is not allowed: data must never be evaluated as a template",
        "[#noautoesc][=client.name][/#noautoesc]        | [#noautoesc] is not an instruction Farvel knows",
        "[#outputformat \"plainText\"]x[/#outputformat] | [#outputformat \"plainText\"] is not an instruction Farvel knows"})
    void refusesWhatCouldRunDataAsATemplateOrTurnEscapingOffWhenThePackLoads(String tag, String refusal)
            throws IOException {
        Path pack = pack(p(tag));

        assertThatThrownBy(() -> WordPacks.load(pack)).isInstanceOf(RenderException.class)
                .hasMessageStartingWith("Pack '" + pack.toRealPath() + "', letter_nb.docx, paragraph 1 on about page 1")
                .hasMessageContaining(refusal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[#assign x = \"freemarker.template.utility.Execute\"?new()][=x(\"id\")] | Instantiating freemarker.template.utility.Execute is not allowed in the template for security reasons.",
        "[=client.name?api.getClass().getName()]                               | Can't use ?api, because the \"api_builtin_enabled\" configuration setting is false.",
        "[#include \"../../../../etc/passwd\"]                                 | Template not found for name \"../../../../etc/passwd\" (normalized: \"etc/passwd\").",
        "[#import \"/etc/hostname\" as host]                                   | Template not found for name \"etc/hostname\"."})
    void refusesToCreateObjectsCallJavaOrReadOutsideThePack(String tag, String refusal) throws IOException {
        assertThatThrownBy(() -> render(p(tag), NB)).isInstanceOf(RenderException.class)
                .hasMessageContaining("letter_nb.docx, paragraph 1 on about page 1")
                .hasMessageContaining(refusal);
    }

    @Test
    void printsDataThatLooksLikeATemplateOrMarkupLiterally() throws IOException {
        String hostile = "[#if true]x[/#if] [=7*7] ${7*7} <b>&</b>";
        Termination termination = NB.toBuilder().client(new Client(hostile, "959083010", null,
                NB.client().address(), NB.client().email())).build();

        RenderedLetter letter = render(p("Til [=client.name]."), termination);

        assertThat(letter.text()).contains("Til " + hostile + ".");
        assertThat(letter.html()).contains("Til [#if true]x[/#if] [=7*7] ${7*7} &lt;b&gt;&amp;&lt;/b&gt;.");
    }
}
