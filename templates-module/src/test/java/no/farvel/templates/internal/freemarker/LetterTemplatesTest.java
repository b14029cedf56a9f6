package no.farvel.templates.internal.freemarker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.internal.model.ModelFields;
import no.farvel.templates.internal.pack.DirectoryPackResources;
import no.farvel.templates.spi.RenderException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterTemplatesTest {
    @TempDir
    Path pack;

    private Messages messages;
    private String realPack;

    @BeforeEach
    void writeMessages() throws IOException {
        Files.writeString(pack.resolve("messages_nb.properties"), "hello=Hei, {client.name}!\nplain=Takk\n");
        messages = Messages.load(new DirectoryPackResources(pack), LetterLocale.NB);
        realPack = pack.toRealPath().toString();
    }

    private String run(String template, Map<String, Object> model) throws IOException {
        Files.writeString(pack.resolve("t.ftlh"), template);
        DirectoryPackResources resources = new DirectoryPackResources(pack);
        LetterSources sources = LetterSources.of(resources, ModelFields::standard);
        return new LetterTemplates(resources, sources).process("t.ftlh", model, messages);
    }

    @Test
    void printsDataThatLooksLikeATemplateLiterallyAndEscaped() throws IOException {
        Map<String, Object> model = Map.of("client", Map.of("name", "${7*7} <#assign x=1> <b>&"));
        assertThat(run("<p>${client.name}</p>", model))
                .isEqualTo("<p>${7*7} &lt;#assign x=1&gt; &lt;b&gt;&amp;</p>");
        assertThat(run("<p>${msg('hello')}</p>", model))
                .isEqualTo("<p>Hei, ${7*7} &lt;#assign x=1&gt; &lt;b&gt;&amp;!</p>");
    }

    @Test
    void fillsMessagePlaceholdersFromALocalHashFirst() throws IOException {
        Map<String, Object> model = Map.of("client", Map.of("name", "Acme"));
        assertThat(run("${msg('hello', {'client.name': 'Fjord'})} ${msg('plain')}", model)).isEqualTo("Hei, Fjord! Takk");
    }

    @Test
    void refusesToCreateObjectsWithNew() {
        assertThatThrownBy(() -> run("<#assign ex = 'freemarker.template.utility.Execute'?new()>${ex('id')}", Map.of()))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith("Pack '" + realPack + "', template 't.ftlh', line 1, column 1: ")
                .hasMessageContaining("Instantiating freemarker.template.utility.Execute is not allowed");
    }

    @Test
    void refusesTheApiBuiltIn() {
        assertThatThrownBy(() -> run("${client?api.getClass()}", Map.of("client", Map.of("name", "x"))))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("line 1, column 3")
                .hasMessageContaining("api_builtin_enabled");
    }

    @Test
    void refusesTemplatesThatEvaluateText() {
        assertThatThrownBy(() -> run("<p>\n${client.name?interpret}</p>", Map.of("client", Map.of("name", "x"))))
                .isInstanceOf(RenderException.class)
                .hasMessageEndingWith("template 't.ftlh', line 2: ?interpret is not allowed: data must never be "
                        + "evaluated as a template");
    }

    @Test
    void namesTemplateLineAndColumnOfASyntaxError() {
        assertThatThrownBy(() -> run("<p>\n  <#if client.name>\n</p>", Map.of()))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith("Pack '" + realPack + "', template 't.ftlh', line ");
    }

    @Test
    void namesTheMissingMessageKeyAndFile() {
        assertThatThrownBy(() -> run("${msg('nope')}", Map.of()))
                .isInstanceOf(RenderException.class)
                .hasMessage("Pack '" + realPack + "': message key 'nope' is missing in messages_nb.properties");
    }

    @Test
    void neverPrintsAnErrorIntoTheOutput() {
        assertThatThrownBy(() -> run("<p>before</p>${missing.value}", Map.of()))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("line 1, column 16");
    }

    @Test
    void refusesIncludesOutsideThePack() {
        assertThatThrownBy(() -> run("<#include '/../../etc/passwd'>", Map.of()))
                .isInstanceOf(RenderException.class);
    }
}
