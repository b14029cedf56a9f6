package no.farvel.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.List;
import no.farvel.core.Address;
import no.farvel.core.Client;
import no.farvel.core.Closing;
import no.farvel.core.Contract;
import no.farvel.core.FinalInvoice;
import no.farvel.core.InvoiceStatus;
import no.farvel.localization.LetterLocale;
import no.farvel.core.Provider;
import no.farvel.core.ReasonType;
import no.farvel.core.Signatory;
import no.farvel.core.Termination;
import no.farvel.core.guide.Finding;
import no.farvel.core.guide.Severity;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Span;
import no.farvel.templates.testing.DefaultPackCopy;
import no.farvel.templates.testing.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Farvel.render runs the guide check: errors hold the letter back, warnings travel with it, roles mark the closing. */
class FarvelGuideCheckTest {
    @TempDir
    Path pack;

    private static Termination termination(String personalNote) {
        return Termination.builder()
                .id("acme-2026").locale(LetterLocale.NB)
                .letterDate(LocalDate.of(2026, 11, 28)).effectiveDate(LocalDate.of(2027, 1, 31))
                .contract(new Contract("Avtale om regnskapstjenester", LocalDate.of(2023, 3, 1), Period.ofMonths(2)))
                .provider(new Provider("Nordlys Regnskap AS", "952601814",
                        new Address(List.of("Kongens gate 2"), "0153", "Oslo", "NO"), "post@nordlys.example",
                        "+47 22 33 44 55", "nordlys.example", "15039603087", new Signatory("Ola Hansen", "Daglig leder")))
                .client(new Client("Acme AS", "959083010", "Kari Kunde",
                        new Address(List.of("Storgata 1"), "0155", "Oslo", "NO"), "okonomi@acme.example"))
                .addReason(ReasonType.LATE_PAYMENT, "Fakturaene for juli og august ble betalt etter forfall.")
                .addStepTaken(LocalDate.of(2026, 9, 1), "Møte om betalingsplan")
                .addFinalInvoice(new FinalInvoice("2026-1041", LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 15),
                        new BigDecimal("12400.00"), Currency.getInstance("NOK"), "20261041006", InvoiceStatus.OPEN))
                .closing(new Closing(true, true, personalNote))
                .build();
    }

    @Test
    void aLetterThatBlamesTheClientIsHeldBackWithEveryFinding() {
        Farvel farvel = Farvel.builder().build();
        assertThatThrownBy(() -> farvel.render(termination("Dette er helt deres skyld.")))
                .isInstanceOf(GuideCheckException.class)
                .hasMessage("The letter for 'acme-2026' breaks the guide for termination letters:\n"
                        + "  error BLAME at closing.personalNote: \"deres skyld\" blames the recipient. Describe what "
                        + "happened without assigning blame. Instead, for example: 'saken er ikke løst'.")
                .extracting(e -> ((GuideCheckException) e).findings()).asList().hasSize(1);
    }

    @Test
    void allowFindingsReturnsTheLetterWithItsFindings() {
        RenderedLetter letter = Farvel.builder().allowFindings().build()
                .render(termination("Dette er helt deres skyld."));
        assertThat(letter.findings()).extracting(Finding::severity, Finding::code, Finding::location)
                .containsExactly(tuple(Severity.ERROR, "BLAME", "closing.personalNote"));
        assertThat(letter.warnings()).isEmpty();
        assertThat(letter.text()).contains("Dette er helt deres skyld.");
    }

    @Test
    void warningsTravelWithTheLetter() {
        Termination plain = termination(null);
        Provider p = plain.provider();
        Termination noOrgNumber = plain.toBuilder().provider(new Provider(p.name(), null, p.address(), p.email(),
                p.phone(), p.website(), p.bankAccount(), p.signatory())).build();
        RenderedLetter letter = Farvel.builder().build().render(noOrgNumber);
        assertThat(letter.warnings()).extracting(Finding::code, Finding::location)
                .containsExactly(tuple("PROVIDER_WITHOUT_ORG_NUMBER", "provider.orgNumber"));
        assertThat(Farvel.builder().build().render(plain).findings()).isEmpty();
    }

    @Test
    void theDefaultPackMarksItsThanksAndGoodWishes() {
        RenderedLetter letter = Farvel.builder().build().render(termination(null));
        List<Span> marked = letter.document().body().stream().filter(Paragraph.class::isInstance)
                .flatMap(b -> ((Paragraph) b).inlines().stream()).filter(Span.class::isInstance).map(Span.class::cast)
                .filter(s -> s.role() != null).toList();
        assertThat(marked).extracting(Span::role).containsExactly("thanks", "wishes");
        assertThat(letter.text()).contains("Vi takker for samarbeidet og for tilliten dere har vist oss. Vi ønsker\n"
                + "dere lykke til videre.");
    }

    @Test
    void aPackWhoseClosingWordsNoListKnowsPassesByItsRoles() throws IOException {
        copyDefaultPack();
        replace("messages_nb.properties", "closing.wishWell=Vi ønsker dere lykke til videre.",
                "closing.wishWell=Vi ønsker dere all mulig medvind videre.");
        RenderedLetter letter = Farvel.builder().pack(TemplatePack.fromDirectory(pack)).build()
                .render(termination(null));
        assertThat(letter.findings()).isEmpty();
    }

    @Test
    void aPackWithoutRolesIsJudgedByWordsAndOnlyWarned() throws IOException {
        copyDefaultPack();
        replace("messages_nb.properties", "closing.wishWell=Vi ønsker dere lykke til videre.",
                "closing.wishWell=Vi ønsker dere all mulig medvind videre.");
        replace("letter.ftlh", "<span data-role=\"thanks\">", "<span>");
        replace("letter.ftlh", "<span data-role=\"wishes\">", "<span>");
        RenderedLetter letter = Farvel.builder().pack(TemplatePack.fromDirectory(pack)).build()
                .render(termination(null));
        assertThat(letter.warnings()).extracting(Finding::code).containsExactly("GOOD_WISHES_UNCONFIRMED");
    }

    @Test
    void aPackWithRolesWhoseTemplateLostTheGoodWishesIsHeldBack() throws IOException {
        copyDefaultPack();
        replace("letter.ftlh", "<span data-role=\"wishes\">${msg(\"closing.wishWell\")}</span>", "");
        Farvel farvel = Farvel.builder().pack(TemplatePack.fromDirectory(pack)).build();
        assertThatThrownBy(() -> farvel.render(termination(null))).isInstanceOf(GuideCheckException.class)
                .extracting(e -> ((GuideCheckException) e).findings()).asList()
                .extracting(f -> ((Finding) f).code()).containsExactly("GOOD_WISHES_NOT_RENDERED");
    }

    private void copyDefaultPack() throws IOException {
        DefaultPackCopy.copyTo(pack);
    }

    private void replace(String file, String from, String to) throws IOException {
        DefaultPackCopy.replace(pack, file, from, to);
    }

    @Test
    void aCharacterNoFontCanDrawIsAWarningAtItsFieldAndAVisibleMarkInThePdf() {
        Termination plain = termination(null);
        Termination han = plain.toBuilder()
                .client(plain.client().toBuilder().name("\u6771\u4EAC Handel AS").build()).build();
        RenderedLetter letter = Farvel.builder().build().render(han);
        assertThat(letter.warnings()).extracting(Finding::code, Finding::location)
                .containsExactly(tuple("MISSING_GLYPH", "client.name"));
        assertThat(letter.warnings().get(0).messageEnglish()).isEqualTo("\"\u6771\u4EAC Handel AS\" contains U+6771 CJK "
                + "UNIFIED IDEOGRAPHS 6771, U+4EAC CJK UNIFIED IDEOGRAPHS 4EAC, which the letter's fonts cannot display; "
                + "the PDF will show a replacement mark (\uFFFD) for each such character. Remove them or write them out "
                + "in words.");
        assertThat(letter.warnings().get(0).message()).startsWith("«\u6771\u4EAC Handel AS» inneholder U+6771");
        assertThat(PdfText.of(letter.pdf())).contains("\uFFFD\uFFFD Handel AS");
        // Letters the fonts cover, from Latin with diacritics to Greek and Cyrillic and the snowman, raise nothing.
        Termination covered = plain.toBuilder().client(plain.client().toBuilder()
                .name("Ærlig Øl & Åsmund Ĳssel Ελλάς Москва \u2603 AS").build()).build();
        assertThat(Farvel.builder().build().render(covered).warnings()).isEmpty();
    }
}
