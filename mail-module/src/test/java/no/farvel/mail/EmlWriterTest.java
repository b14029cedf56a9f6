package no.farvel.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import no.farvel.mail.testing.Letters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmlWriterTest {

    @Test
    void writesAFileThatAStrictParserReadsBackWithTheSameHeadersBodiesAndAttachments(@TempDir Path dir)
            throws Exception {
        LetterEmail email = LetterEmail.builder()
                .from("post@nordlys.example", "Nordlys Regnskap AS")
                .replyTo(new MailAddress("ola@nordlys.example", "Ola Nordmann"))
                .to("okonomi@fjordkraft.example", "Fjordkraft Demo AS")
                .cc(new MailAddress("kari@fjordkraft.example", "Kari Kunde"))
                .bcc(MailAddress.of("arkiv@nordlys.example"))
                .subject("Oppsigelse av avtale – Nordlys Regnskap AS, «særskilt» og lang nok til å bli brettet"
                        + " over flere linjer i hodet")
                .text("Hei Kari,\n\nvi sier opp avtalen. Blåbærsyltetøy.\n")
                .html("<!DOCTYPE html><html lang=\"nb\"><body><p>Hei Kari, <img src=\"cid:logo.png\"></p></body>"
                        + "</html>")
                .inlineImage("logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2})
                .attachment("Oppsigelse fra Nordlys – særskilt.pdf", "application/pdf", bytes(5000))
                .messageId("<termination.fjordkraft-demo-2026@nordlys.example>")
                .date(Letters.DATE)
                .build();
        Path file = dir.resolve("fjordkraft-demo-2026").resolve("letter.eml");

        EmlWriter.write(email, file);

        byte[] eml = Files.readAllBytes(file);
        String raw = new String(eml, StandardCharsets.US_ASCII);
        assertThat(raw.chars()).as("7-bit clean").allMatch(c -> c < 128);
        assertThat(raw.replace("\r\n", "")).as("CRLF line ends only").doesNotContain("\r", "\n");
        assertThat(raw.split("\r\n")).as("RFC 5322 line length").allMatch(line -> line.length() <= 998);

        MimeMessage back = LetterMailTest.parse(eml);
        assertThat(back.getMessageID()).isEqualTo(email.messageId());
        assertThat(back.getSubject()).isEqualTo(email.subject());
        assertThat(back.getSentDate().toInstant()).isEqualTo(email.date().toInstant());
        assertThat(address(back.getFrom()[0])).isEqualTo("Nordlys Regnskap AS <post@nordlys.example>");
        assertThat(address(back.getReplyTo()[0])).isEqualTo("Ola Nordmann <ola@nordlys.example>");
        assertThat(address(back.getRecipients(MimeMessage.RecipientType.TO)[0]))
                .isEqualTo("Fjordkraft Demo AS <okonomi@fjordkraft.example>");
        assertThat(address(back.getRecipients(MimeMessage.RecipientType.CC)[0]))
                .isEqualTo("Kari Kunde <kari@fjordkraft.example>");
        assertThat(address(back.getRecipients(MimeMessage.RecipientType.BCC)[0])).isEqualTo("arkiv@nordlys.example");
        assertThat(((String) LetterMailTest.find(back, "text/plain").getContent()).replace("\r\n", "\n"))
                .isEqualTo(email.text());
        assertThat(((String) LetterMailTest.find(back, "text/html").getContent()).replace("\r\n", "\n"))
                .isEqualTo(email.html().orElseThrow());
        BodyPart logo = LetterMailTest.find(back, "image/png");
        assertThat(LetterMailTest.bytes(logo)).isEqualTo(email.inlineImages().get(0).bytes());
        BodyPart pdf = LetterMailTest.find(back, "application/pdf");
        assertThat(pdf.getFileName()).isEqualTo("Oppsigelse fra Nordlys – særskilt.pdf");
        assertThat(LetterMailTest.bytes(pdf)).isEqualTo(email.attachments().get(0).bytes());
    }

    @Test
    void replacesAFileWholeAndLeavesNoTemporaryFilesBehind(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("letter.eml");
        Files.writeString(file, "old");

        EmlWriter.write(Letters.small(1, "kunde@fjordkraft.example"), file);

        assertThat(Files.readString(file)).contains("Message-ID: <termination.kunde-1@nordlys.example>");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void writesAFileAsReadableAsTheUmaskAllowsNotOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("letter.eml");
        Path reference = Files.writeString(dir.resolve("reference.txt"), "made as any program makes a file");

        EmlWriter.write(Letters.small(1, "kunde@fjordkraft.example"), file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void writesATextOnlyMessageWithoutEmptyMultiparts() throws Exception {
        LetterEmail email = LetterEmail.builder().from("a@nordlys.example", null).to("b@fjordkraft.example", null)
                .subject("Kort").text("Bare tekst, æøå.\n").messageId("<x@nordlys.example>").date(Letters.DATE).build();

        MimeMessage back = LetterMailTest.parse(EmlWriter.toBytes(email));

        assertThat(LetterMailTest.tree(back, "")).isEqualTo("text/plain\n");
        assertThat(((String) back.getContent()).replace("\r\n", "\n")).isEqualTo("Bare tekst, æøå.\n");
    }

    private static String address(jakarta.mail.Address address) {
        return ((InternetAddress) address).toUnicodeString();
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }
}
