package example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import no.farvel.core.Address;
import no.farvel.core.Client;
import no.farvel.core.Contract;
import no.farvel.core.FinalInvoice;
import no.farvel.core.InvoiceStatus;
import no.farvel.core.Money;
import no.farvel.core.Provider;
import no.farvel.core.ReasonType;
import no.farvel.core.Termination;
import no.farvel.localization.LetterLocale;
import no.farvel.mail.EmlWriter;
import no.farvel.mail.LetterEmail;
import no.farvel.mail.LetterMail;
import no.farvel.mail.MailOptions;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.spi.RenderException;
import org.junit.jupiter.api.Test;

/** What a billing team embedding Farvel for PDF letters and e-mail gets on its class path, and that it works. */
class BillingLettersTest {
    /** Jars that must not come with PDF and e-mail: Maven Resolver, Apache POI, and any SLF4J binding. */
    private static final Pattern UNWANTED = Pattern.compile("(maven-resolver|maven-resolver-supplier|poi|poi-ooxml"
            + "|xmlbeans|slf4j-nop|slf4j-simple|slf4j-jdk14|slf4j-reload4j|slf4j-log4j12|logback-classic"
            + "|log4j-slf4j2?-impl|jcl-over-slf4j)-\\d.*\\.jar");

    @Test
    void theClassPathHoldsNoResolverNoPoiAndNoLoggingBinding() throws Exception {
        List<Path> jars = runtimeJars();
        List<String> unwanted = new ArrayList<>();
        long bytes = 0;
        for (Path jar : jars) {
            bytes += Files.size(jar);
            if (UNWANTED.matcher(jar.getFileName().toString()).matches()) {
                unwanted.add(jar.getFileName().toString());
            }
        }
        assertEquals(List.of(), unwanted, "jars a PDF-and-e-mail user should not get");
        assertTrue(jars.stream().anyMatch(j -> j.getFileName().toString().startsWith("farvel-templates-")));
        assertTrue(jars.stream().noneMatch(j -> j.getFileName().toString().startsWith("farvel-docx-")));
        String report = String.format(Locale.ROOT, "PDF and e-mail need %d jars, %.1f MB", jars.size(),
                bytes / 1_000_000.0);
        System.out.println(report);
        Files.writeString(Path.of(System.getProperty("outDir")).getParent().resolve("consumer-report.txt"),
                report + "\n");
    }

    @Test
    void itRendersComposesAndWritesAnEml() throws Exception {
        Termination termination = termination();
        RenderedLetter letter = Farvel.builder().build().render(termination);
        byte[] pdf = letter.pdf();
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        RenderException noWord = assertThrows(RenderException.class, letter::docx);
        assertTrue(noWord.getMessage().contains("no.farvel:farvel-docx"), noWord.getMessage());

        LetterEmail email = LetterMail.compose(letter, termination, MailOptions.builder().build());
        Path eml = Path.of(System.getProperty("outDir")).resolve(termination.id()).resolve("letter.eml");
        EmlWriter.write(email, eml);

        MimeMessage parsed;
        try (InputStream in = Files.newInputStream(eml)) {
            parsed = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertEquals(letter.subject(), parsed.getSubject());
        assertEquals("okonomi@acme.example", ((InternetAddress) parsed.getAllRecipients()[0]).getAddress());
        List<Part> pdfs = new ArrayList<>();
        collectPdfs(parsed, pdfs);
        assertEquals(1, pdfs.size(), "one PDF attached");
        try (InputStream in = pdfs.get(0).getInputStream()) {
            assertArrayEquals(pdf, in.readAllBytes(), "the attachment is the rendered letter");
        }
    }

    @Test
    void aLetterComposedWithAnotherClientsTerminationIsRefused() {
        Termination termination = termination();
        RenderedLetter letter = Farvel.builder().build().render(termination);
        Termination other = termination.toBuilder().id("other-2026").build();
        assertThrows(IllegalArgumentException.class,
                () -> LetterMail.compose(letter, other, MailOptions.builder().build()));
    }

    private static void collectPdfs(Part part, List<Part> pdfs) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collectPdfs(multipart.getBodyPart(i), pdfs);
            }
        } else if (part.isMimeType("application/pdf")) {
            pdfs.add(part);
        }
    }

    private static List<Path> runtimeJars() throws Exception {
        String classpath = Files.readString(Path.of(System.getProperty("runtimeClasspath"))).trim();
        return Arrays.stream(classpath.split(Pattern.quote(File.pathSeparator))).map(Path::of).toList();
    }

    private static Termination termination() {
        return Termination.builder()
                .id("acme-2026").locale(LetterLocale.NB)
                .letterDate(LocalDate.of(2026, 11, 28)).effectiveDate(LocalDate.of(2027, 1, 31))
                .contract(new Contract("Avtale om regnskapstjenester", LocalDate.of(2023, 3, 1), Period.ofMonths(2)))
                .provider(Provider.builder()
                        .name("Nordlys Regnskap AS").orgNumber("952601814")
                        .address(new Address(List.of("Kongens gate 2"), "0153", "Oslo", "NO"))
                        .email("post@nordlys.example").phone("+47 22 33 44 55").website("nordlys.example")
                        .bankAccount("15039603087").signatory("Ola Hansen", "Daglig leder")
                        .build())
                .client(Client.builder()
                        .name("Acme AS").orgNumber("959083010").attention("Kari Kunde")
                        .address(new Address(List.of("Storgata 1"), "0155", "Oslo", "NO"))
                        .email("okonomi@acme.example")
                        .build())
                .addReason(ReasonType.LATE_PAYMENT, "Fakturaene for juli og august ble betalt etter forfall.")
                .addFinalInvoice(FinalInvoice.builder()
                        .number("2026-1041").issued(LocalDate.of(2026, 11, 15)).due(LocalDate.of(2026, 12, 15))
                        .money(Money.of("12400.00", "NOK")).kid("20261041006").status(InvoiceStatus.OPEN)
                        .build())
                .build();
    }
}
