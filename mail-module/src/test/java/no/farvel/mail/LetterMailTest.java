package no.farvel.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.imageio.ImageIO;
import no.farvel.core.Termination;
import no.farvel.mail.testing.Letters;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.TemplatePack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterMailTest {

    static MimeMessage parse(byte[] eml) throws Exception {
        Properties strict = new Properties();
        strict.setProperty("mail.mime.address.strict", "true");
        return new MimeMessage(Session.getInstance(strict), new ByteArrayInputStream(eml));
    }

    /** The MIME tree as one line per part, indented by depth: {@code multipart/mixed}, {@code  text/plain}. */
    static String tree(Part part, String indent) throws Exception {
        String type = part.getContentType().split(";")[0].trim().toLowerCase();
        StringBuilder out = new StringBuilder(indent).append(type);
        if (part.getFileName() != null) {
            out.append(" ").append(part.getFileName());
        }
        out.append("\n");
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                out.append(tree(multipart.getBodyPart(i), indent + "  "));
            }
        }
        return out.toString();
    }

    static BodyPart find(Part part, String type) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (child.isMimeType(type)) {
                    return child;
                }
                BodyPart deeper = find(child, type);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    static byte[] bytes(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    @Test
    void composesTheBokmalLetterAsTextAndHtmlWithThePdfAttached() throws Exception {
        RenderedLetter letter = Letters.rendered("nb-sen-betaling");
        MimeMessage message = parse(EmlWriter.toBytes(Letters.email("nb-sen-betaling")));

        assertThat(tree(message, "")).isEqualTo("""
                multipart/mixed
                  multipart/alternative
                    text/plain
                    text/html
                  application/pdf Oppsigelse fra Nordlys Regnskap AS.pdf
                """);
        assertThat(message.getHeader("From")[0]).isEqualTo("Nordlys Regnskap AS <post@nordlys.example>");
        assertThat(message.getHeader("To")[0]).isEqualTo("Fjordkraft Demo AS <okonomi@fjordkraft.example>");
        assertThat(message.getSubject()).isEqualTo(letter.subject());
        assertThat(message.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(message.getMessageID()).isEqualTo("<termination.fjordkraft-demo-2026@nordlys.example>");
        assertThat(message.getHeader("Date")[0]).isEqualTo("Sat, 28 Nov 2026 09:30:00 +0100");
        assertThat(message.getHeader("MIME-Version")[0]).isEqualTo("1.0");

        BodyPart text = find(message, "text/plain");
        assertThat(text.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        // MIME text travels with CRLF line ends; the words are the same.
        assertThat(((String) text.getContent()).replace("\r\n", "\n")).isEqualTo(letter.text());
        BodyPart html = find(message, "text/html");
        assertThat(html.getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
        assertThat(((String) html.getContent()).replace("\r\n", "\n")).isEqualTo(letter.html());
        BodyPart pdf = find(message, "application/pdf");
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(bytes(pdf)).isEqualTo(letter.pdf());
    }

    @Test
    void namesTheAttachmentInNynorskWithRfc2231() throws Exception {
        byte[] eml = EmlWriter.toBytes(Letters.email("nn-trakassering"));
        MimeMessage message = parse(eml);
        BodyPart pdf = find(message, "application/pdf");

        assertThat(pdf.getFileName()).isEqualTo("Oppseiing frå Fjordreint AS.pdf");
        assertThat(String.join(" ", pdf.getHeader("Content-Disposition")))
                .contains("filename*=UTF-8''Oppseiing%20fr%C3%A5%20Fjordreint%20AS.pdf");
        assertThat(MimeUtility.decodeText(message.getHeader("Subject")[0]))
                .isEqualTo(Letters.rendered("nn-trakassering").subject());
    }

    @Test
    void attachesTheWordDocumentWhenAskedWithTheEnglishName() throws Exception {
        Termination termination = Letters.termination("en-scope");
        // The Word renderer lives in templates-module; a stand-in proves the mail carries whatever it writes.
        RenderedLetter letter = Farvel.builder().renderer(new FixedDocx()).build().render(termination);
        LetterEmail email = LetterMail.compose(letter, termination, MailOptions.builder().attachDocx(true)
                .bcc(MailAddress.of("archive@nordlys.example")).replyTo(new MailAddress("ola@nordlys.example", "Ola"))
                .date(Letters.DATE).build());
        MimeMessage message = parse(EmlWriter.toBytes(email));

        assertThat(tree(message, "")).endsWith("""
                  application/pdf Termination notice from Nordlys Consulting AS.pdf
                  application/vnd.openxmlformats-officedocument.wordprocessingml.document \
                Termination notice from Nordlys Consulting AS.docx
                """);
        assertThat(bytes(find(message,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))).isEqualTo(letter.docx());
        assertThat(message.getHeader("Bcc")[0]).isEqualTo("archive@nordlys.example");
        assertThat(message.getHeader("Reply-To")[0]).isEqualTo("Ola <ola@nordlys.example>");
        assertThat(message.getHeader("To")[0]).isEqualTo("Harbour Analytics Ltd <accounts@harbour.example>");
    }

    @Test
    void carriesThePackLogoInlineBesideTheHtmlThatShowsIt(@TempDir Path dir) throws Exception {
        Path pack = copyDefaultPackWithLogo(dir);
        Termination termination = Letters.termination("nb-sen-betaling");
        RenderedLetter letter = Farvel.builder().pack(TemplatePack.fromDirectory(pack)).build().render(termination);
        MimeMessage message = parse(EmlWriter.toBytes(LetterMail.compose(letter, termination,
                MailOptions.builder().date(Letters.DATE).build())));

        assertThat(tree(message, "")).isEqualTo("""
                multipart/mixed
                  multipart/alternative
                    text/plain
                    multipart/related
                      text/html
                      image/png logo.png
                  application/pdf Oppsigelse fra Nordlys Regnskap AS.pdf
                """);
        assertThat(letter.html()).contains("<img src=\"cid:logo.png\"");
        BodyPart logo = find(message, "image/png");
        assertThat(logo.getHeader("Content-ID"))
                .containsExactly("<logo.png@termination.fjordkraft-demo-2026.nordlys.example>");
        assertThat((String) find(message, "text/html").getContent())
                .contains("<img src=\"cid:logo.png@termination.fjordkraft-demo-2026.nordlys.example\"")
                .doesNotContain("cid:logo.png\"");
        assertThat(logo.getDisposition()).isEqualTo(Part.INLINE);
        assertThat(bytes(logo)).isEqualTo(Files.readAllBytes(pack.resolve("images/logo.png")));
    }

    @Test
    void givesTheSameLetterTheSameMessageIdEveryTime() {
        LetterEmail first = Letters.email("nb-sen-betaling");
        LetterEmail second = Letters.email("nb-sen-betaling");
        assertThat(first.messageId()).isEqualTo(second.messageId())
                .isEqualTo("<termination.fjordkraft-demo-2026@nordlys.example>");
    }

    @Test
    void composesTheSameBytesEveryTimeDatedByTheLetter() throws Exception {
        RenderedLetter letter = Letters.rendered("nb-sen-betaling");
        Termination termination = Letters.termination("nb-sen-betaling");

        byte[] first = EmlWriter.toBytes(LetterMail.compose(letter, termination, MailOptions.defaults()));
        byte[] second = EmlWriter.toBytes(LetterMail.compose(letter, termination, MailOptions.defaults()));

        assertThat(second).isEqualTo(first);
        MimeMessage message = parse(first);
        assertThat(message.getHeader("Date")).containsExactly("Sat, 28 Nov 2026 12:00:00 +0000");
        assertThat(message.getContentType()).contains("boundary=\"=_farvel_mixed_");
    }

    @Test
    void refusesToComposeALetterWithATerminationItWasNotRenderedFrom() {
        RenderedLetter bokmal = Letters.rendered("nb-sen-betaling");
        Termination other = Letters.termination("nn-trakassering");
        Termination sameIdOtherLocale = Letters.termination("nb-sen-betaling").toBuilder()
                .locale(no.farvel.localization.LetterLocale.EN).build();

        assertThatThrownBy(() -> LetterMail.compose(bokmal, other, MailOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The letter was rendered from termination 'fjordkraft-demo-2026' (nb), not from '"
                        + other.id() + "' (nn); render this termination's own letter before composing its e-mail");
        assertThatThrownBy(() -> LetterMail.compose(bokmal, sameIdOtherLocale, MailOptions.defaults()))
                .hasMessageStartingWith("The letter was rendered from termination 'fjordkraft-demo-2026' (nb), not"
                        + " from 'fjordkraft-demo-2026' (en)");
    }

    @Test
    void hashesAnIdOrDomainThatCannotStandInAMessageId() {
        assertThat(LetterMail.messageId("a..b", "Nordlys.Example")).matches("<termination\\.[0-9a-f]{32}@nordlys\\.example>");
        assertThat(LetterMail.messageId("kunde-1", "blåbær.no")).isEqualTo("<termination.kunde-1@xn--blbr-roah.no>");
        assertThat(LetterMail.messageId("kunde-1", "[127.0.0.1]")).matches("<termination\\.kunde-1@[0-9a-f]{16}\\.invalid>");
    }

    @Test
    void refusesALetterWhoseClientHasNoAddress() {
        Termination termination = Letters.termination("nb-sen-betaling");
        Termination noEmail = termination.toBuilder().client(new no.farvel.core.Client(termination.client().name(),
                null, null, termination.client().address(), null)).build();
        assertThatThrownBy(() -> LetterMail.compose(Letters.rendered("nb-sen-betaling"), noEmail,
                MailOptions.defaults()))
                .hasMessage("Termination 'fjordkraft-demo-2026': client.email is missing; add it to send the letter by"
                        + " e-mail, or send the PDF by post");
    }

    private static final class FixedDocx implements no.farvel.templates.spi.LetterRenderer {
        @Override
        public String format() {
            return "docx";
        }

        @Override
        public String mediaType() {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }

        @Override
        public void render(no.farvel.templates.document.LetterDocument document,
                           no.farvel.templates.spi.RenderContext context, java.io.OutputStream out)
                throws java.io.IOException {
            out.write(("PK word " + document.metadata().title()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Path copyDefaultPackWithLogo(Path dir) throws Exception {
        Path pack = dir.resolve("pack");
        String base = "no/farvel/templates/packs/default/";
        for (String file : new String[] {"farvel-pack.json", "letter.ftlh", "messages_nb.properties",
                "messages_nn.properties", "messages_en.properties", "memo.ftlh", "replies.ftlh", "debrief.ftlh",
                "case_nb.properties", "case_nn.properties", "case_en.properties", "fonts/LiberationSans-Regular.ttf",
                "fonts/LiberationSans-Bold.ttf", "fonts/LiberationSans-Italic.ttf",
                "fonts/LiberationSans-BoldItalic.ttf"}) {
            try (InputStream in = TemplatePack.class.getClassLoader().getResourceAsStream(base + file)) {
                Files.createDirectories(pack.resolve(file).getParent());
                Files.copy(in, pack.resolve(file));
            }
        }
        Path manifest = pack.resolve("farvel-pack.json");
        Files.writeString(manifest, Files.readString(manifest)
                .replace("\"images\": {}", "\"images\": {\"logo\": \"images/logo.png\"}"));
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x1f3a5f);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Files.createDirectories(pack.resolve("images"));
        Files.write(pack.resolve("images/logo.png"), png.toByteArray());
        assertThat(Files.readString(manifest, StandardCharsets.UTF_8)).contains("images/logo.png");
        return pack;
    }
}
