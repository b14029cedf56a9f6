package no.farvel.templates.internal.freemarker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.internal.model.ModelFields;
import no.farvel.templates.internal.pack.DirectoryPackResources;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.LimitExceededException;
import no.farvel.templates.spi.RenderException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One template at a time: what the FreeMarker set-up of a pack prints, refuses and stops. */
@Timeout(120)
class LetterTemplatesTest {
    private static final PackLimits QUICK = PackLimits.defaults().with("templateTime", "1s");
    /** Looping allocates: without a memory limit out of reach, that limit could stop a loop before the clock does. */
    private static final PackLimits UNMETERED = QUICK.with("templateMemory", "64GiB");

    @TempDir
    Path pack;

    private Messages messages;
    private String realPack;

    @BeforeEach
    void writeMessages() throws IOException {
        Files.writeString(pack.resolve("messages_nb.properties"), "hello=Hei, {client.name}!\nplain=Takk\n"
                + "literal=${7*7} <#assign x=1> [=7*7] [#if true]x[/#if]\n");
        messages = Messages.load(new DirectoryPackResources(pack), LetterLocale.NB, PackLimits.defaults());
        realPack = pack.toRealPath().toString();
    }

    private String run(String template, Map<String, Object> model) throws IOException {
        return run(template, model, QUICK);
    }

    private String run(String template, Map<String, Object> model, PackLimits limits) throws IOException {
        Files.writeString(pack.resolve("t.ftlh"), template);
        DirectoryPackResources resources = new DirectoryPackResources(pack, limits);
        LetterTemplates templates = new LetterTemplates(resources, limits,
                LetterSources.of(resources, limits, ModelFields::standard));
        templates.check("t.ftlh");
        return templates.process("t.ftlh", model, messages);
    }

    private String prefix(int line, int column) {
        return "Pack '" + realPack + "', template 't.ftlh', line " + line + ", column " + column + ": ";
    }

    @Test
    void printsDataThatLooksLikeATemplateLiterallyAndEscaped() throws IOException {
        for (String name : List.of("${7*7}", "<#assign x=1>", "[#assign x=1]", "[=7*7]", "<@m/>", "${'a'?interpret}")) {
            Map<String, Object> model = Map.of("client", Map.of("name", name + " <b>&"));
            String escaped = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
            assertThat(run("<p>${client.name}</p>", model)).isEqualTo("<p>" + escaped + " &lt;b&gt;&amp;</p>");
            assertThat(run("<p>${msg('hello')}</p>", model)).isEqualTo("<p>Hei, " + escaped + " &lt;b&gt;&amp;!</p>");
            assertThat(run("<p>${msg('hello', {'client.name': client.name})}</p>", model))
                    .isEqualTo("<p>Hei, " + escaped + " &lt;b&gt;&amp;!</p>");
        }
    }

    @Test
    void printsAMessageThatLooksLikeATemplateLiterally() throws IOException {
        assertThat(run("${msg('literal')}", Map.of()))
                .isEqualTo("${7*7} &lt;#assign x=1&gt; [=7*7] [#if true]x[/#if]");
    }

    @Test
    void fillsMessagePlaceholdersFromALocalHashFirst() throws IOException {
        Map<String, Object> model = Map.of("client", Map.of("name", "Acme"));
        assertThat(run("${msg('hello', {'client.name': 'Fjord'})} ${msg('plain')}", model)).isEqualTo("Hei, Fjord! Takk");
    }

    @Test
    void refusesToCreateObjectsWithNew() {
        assertThatThrownBy(() -> run("<#assign ex = 'freemarker.template.utility.Execute'?new()>${ex('id')}", Map.of()))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage(prefix(1, 15) + "?new is not allowed: it reaches Java classes and objects");
    }

    @Test
    void refusesTheApiBuiltIn() {
        assertThatThrownBy(() -> run("${client?api.getClass()}", Map.of("client", Map.of("name", "x"))))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage(prefix(1, 3) + "?api is not allowed: it reaches Java classes and objects");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${client.name?interpret}", "${client.name?<#-- hidden -->interpret}",
        "${client.name?eval}", "${client.name?eval_json}", "${client.name?evalJson}", "${client.name ? interpret}"})
    void refusesEveryWayOfWritingABuiltInThatEvaluatesText(String expression) {
        assertThatThrownBy(() -> run("<p>\n" + expression + "</p>", Map.of("client", Map.of("name", "x"))))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith(prefix(2, 3) + "?")
                .hasMessageEndingWith(" is not allowed: it evaluates text as a template or as JSON, and data must "
                        + "never be evaluated as a template")
                .satisfies(e -> assertThat(((LimitExceededException) e).limit()).isEqualTo("templateRules"));
    }

    @Test
    void listsEveryRefusalOfATemplate() {
        assertThatThrownBy(() -> run("${a?eval}\n<#setting locale='en'>\n${.vars['x']}\n${'x'?matches('(a+)+b')}",
                Map.of()))
                .isInstanceOfSatisfying(TemplateRefusedException.class, e -> assertThat(e.refusals())
                        .extracting(TemplateRefusal::toString).containsExactly(
                                "template 't.ftlh', line 1, column 3: ?eval is not allowed: it evaluates text as a "
                                        + "template or as JSON, and data must never be evaluated as a template",
                                "template 't.ftlh', line 2, column 1: <#setting> is not allowed in a pack template",
                                "template 't.ftlh', line 3, column 3: the special variable .vars is not available to "
                                        + "pack templates",
                                "template 't.ftlh', line 4, column 3: ?matches is not allowed: it runs a regular "
                                        + "expression, which can take for ever on unlucky text; use ?contains, "
                                        + "?starts_with or ?index_of"))
                .hasMessageEndingWith("(and 3 more; farvel pack verify lists them all)");
    }

    @Test
    void refusesRegularExpressionFlagsAndFlagsItCannotSee() {
        assertThatThrownBy(() -> run("${'x'?replace('a+', 'b', 'r')}", Map.of()))
                .hasMessage(prefix(1, 3) + "?replace with the flag 'r' runs a regular expression, which can take for "
                        + "ever on unlucky text; use ?contains, ?starts_with or ?index_of");
        assertThatThrownBy(() -> run("<#assign f = 'r'>${'x'?split(',', f)}", Map.of()))
                .hasMessage(prefix(1, 20) + "the flags of ?split must be a literal string such as \"i\", so they can "
                        + "be checked");
        assertThatThrownBy(() -> run("<#assign r = 'x'?replace>${r('a', 'b', 'r')}", Map.of()))
                .hasMessageContaining("?replace must be called where it is written");
    }

    @Test
    void allowsTheBuiltInsALetterUses() throws IOException {
        assertThat(run("${'Acme'?upper_case} ${'a,b'?split(',')?join(' + ')} ${'7'?left_pad(3, '0')} "
                + "${'Ab'?replace('b', 'c', 'i')} <#list 1..3 as i>${i}<#sep>,</#list> ${'abcdef'[1..2]} "
                + "${[3, 1, 2]?sort?first}", Map.of())).isEqualTo("ACME a + b 007 Ac 1,2,3 bc 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${'x'?left_pad(1000000000)}", "${'x'?right_pad(201)}", "<#assign n = 5>${'x'?leftPad(n)}"})
    void refusesPaddingThatCouldAskForBillionsOfCharacters(String template) {
        assertThatThrownBy(() -> run(template, Map.of()))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining(" needs a literal width of at most 200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<#assign r = 1..2000000000>${r?size}", "${(1..2000000000)?join(',')}",
        "${msg('hello', {'client.name': 1..2000000000})}", "<#list (1..2000000000)?reverse as i>${i}</#list>"})
    void refusesRangesThatAreNotSimplyListedOrSliced(String template) {
        assertThatThrownBy(() -> run(template, Map.of()))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("may only be listed with <#list> or used to slice (x[1..3])");
    }

    @Test
    void refusesALoopThatWritesNothing() {
        assertThatThrownBy(() -> run("<#list 1..2000000000 as i></#list>", Map.of()))
                .hasMessage(prefix(1, 1) + "this <#list> has an empty body; a loop that writes nothing can still run "
                        + "for as long as its range, so it is refused");
    }

    @Test
    void refusesSpecialVariablesThatReachOtherTemplatesOrJava() {
        assertThatThrownBy(() -> run("<#assign t = .get_optional_template('t.ftlh')>", Map.of()))
                .hasMessageContaining("the special variable .get_optional_template is not available");
        assertThatThrownBy(() -> run("${.locale_object}", Map.of()))
                .hasMessageContaining("the special variable .locale_object is not available");
    }

    @Test
    void stopsANestedLoopAtTheTimeLimitNamingTheLine() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> run("<p>\n<#list 1..2000000000 as i><#list 1..2000000000 as j><#if j < 0>${j}</#if>"
                + "</#list></#list>",
                Map.of(), UNMETERED))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith(prefix(2, 53))
                .hasMessageContaining("the template ran longer than the limit of 1 s (templateTime); raise it with "
                        + "--pack-limit templateTime=VALUE");
        // Not a speed test: the run must end near its limit instead of running for ever.
        assertThat(System.nanoTime() - start).isLessThan(60_000_000_000L);
    }

    @Test
    void anAttemptCannotSwallowALimit() {
        assertThatThrownBy(() -> run("<#attempt><#list 1..2000000000 as i>${i}</#list><#recover>recovered</#attempt>"
                + "<#list 1..3 as i>${i}</#list>", Map.of(), UNMETERED))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("(templateTime)");
    }

    @Test
    void stopsOutputPastItsLimit() {
        assertThatThrownBy(() -> run("<#list 1..2000000000 as i>0123456789</#list>", Map.of(),
                QUICK.with("templateOutput", "100000")))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage(prefix(1, 27) + "the template wrote more than the limit of 100000 characters "
                        + "(templateOutput); raise it with --pack-limit templateOutput=VALUE or "
                        + "PackLimits.with(\"templateOutput\", VALUE)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<#macro loop n><@loop n + 1/></#macro><@loop 1/>",
        "<#function f n><#return f(n + 1)></#function>${f(1)}",
        "<#macro a><@b/></#macro><#macro b><@a/></#macro><@a/>",
        "x<#include 't.ftlh'>"})
    void stopsRecursionAtTheNestingLimit(String template) {
        assertThatThrownBy(() -> run(template, Map.of()))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("the template nests deeper than 200 levels while running (a macro, function "
                        + "or include that calls itself?) (templateNesting)");
    }

    @ParameterizedTest
    @ValueSource(ints = {5_000, 400_000})
    void refusesATemplateNestedTooDeeplyToRun(int depth) {
        String deep = "${" + "(".repeat(depth) + "1" + ")".repeat(depth) + "}";

        assertThatThrownBy(() -> run(deep, Map.of()))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("nests")
                .hasMessageContaining("(templateNesting)");
    }

    @Test
    void refusesNumbersTooLargeToCompute() {
        assertThatThrownBy(() -> run("<#assign x = 99999999999><#list 1..40 as i><#assign x = x * x></#list>${x}",
                Map.of()))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("has more than 100 digits or an exponent beyond 100");
        assertThatThrownBy(() -> run("${'1e999999999'?number?c}", Map.of()))
                .isInstanceOf(RenderException.class)
                .hasMessage(prefix(1, 1) + "Can't convert this string to number: \"1e999999999\"");
    }

    @Test
    void stopsATemplateThatDoublesAStringPastItsMemoryLimit() {
        assertThatThrownBy(() -> run("<#assign s = 'x'><#list 1..40 as i><#assign s = s + s></#list>${s?length}",
                Map.of(), QUICK.with("templateTime", "20s").with("templateMemory", "64MiB")))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("(templateMemory)");
    }

    @Test
    void boundsAMessageThatRepeatsAPlaceholder() throws IOException {
        Files.writeString(pack.resolve("messages_nb.properties"), "many=" + "{client.name}".repeat(50_000) + "\n");
        messages = Messages.load(new DirectoryPackResources(pack), LetterLocale.NB, PackLimits.defaults());

        assertThatThrownBy(() -> run("${msg('many')}", Map.of("client", Map.of("name", "A".repeat(100)))))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("Pack '" + realPack + "': message 'many' in messages_nb.properties grows past the limit of "
                        + "2097152 characters once its placeholders are filled (templateOutput); raise it with "
                        + "--pack-limit templateOutput=VALUE or PackLimits.with(\"templateOutput\", VALUE)");
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

    @Test
    void checksWhatAnIncludedTemplateHoldsWhenThePackIsLoaded() throws IOException {
        Files.writeString(pack.resolve("part.ftlh"), "\n${client.name?interpret}");

        assertThatThrownBy(() -> run("<#include 'part.ftlh'>", Map.of()))
                .isInstanceOf(TemplateRefusedException.class)
                .hasMessageStartingWith("Pack '" + realPack + "', template 'part.ftlh', line 2, column 3: ?interpret "
                        + "is not allowed");
    }
}
