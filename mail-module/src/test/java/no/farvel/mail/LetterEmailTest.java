package no.farvel.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.farvel.mail.testing.Letters;
import org.junit.jupiter.api.Test;

class LetterEmailTest {

    private static LetterEmail.Builder complete() {
        return LetterEmail.builder()
                .from("post@nordlys.example", "Nordlys Regnskap AS")
                .to("okonomi@fjordkraft.example", "Fjordkraft Demo AS")
                .subject("Oppsigelse")
                .text("Hei.\n")
                .messageId("<termination.a@nordlys.example>")
                .date(Letters.DATE);
    }

    @Test
    void refusesAMessageWithoutSenderAndSaysHowToProvideOne() {
        assertThatThrownBy(() -> LetterEmail.builder().to("a@b.example", null).subject("s").text("t")
                .messageId("<a@b.example>").date(Letters.DATE).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("missing sender. Provide with LetterEmail.builder().from(...)");
    }

    @Test
    void refusesAMessageWithoutRecipientSubjectBodyIdOrDate() {
        assertThatThrownBy(() -> LetterEmail.builder().from("a@b.example", null).build())
                .hasMessage(LetterEmail.MISSING_RECIPIENT);
        assertThatThrownBy(() -> complete().subject(" ").build()).hasMessage(LetterEmail.MISSING_SUBJECT);
        assertThatThrownBy(() -> complete().text(null).build()).hasMessage(LetterEmail.MISSING_BODY);
        assertThatThrownBy(() -> complete().messageId(null).build()).hasMessage(LetterEmail.MISSING_MESSAGE_ID);
        assertThatThrownBy(() -> complete().date(null).build()).hasMessage(LetterEmail.MISSING_DATE);
    }

    @Test
    void refusesALineBreakInAnyHeaderValueBeforeComposing() {
        assertThatThrownBy(() -> complete().subject("Oppsigelse\r\nBcc: all@evil.example"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The subject contains a line break (CR or LF); headers cannot hold line breaks");
        assertThatThrownBy(() -> complete().to("a@b.example", "Kari\nBcc: x@evil.example"))
                .hasMessage("The display name of a@b.example contains a line break (CR or LF); headers cannot hold"
                        + " line breaks");
        assertThatThrownBy(() -> complete().messageId("<a@b.example>\nX: y"))
                .hasMessage("The Message-ID contains a line break (CR or LF); headers cannot hold line breaks");
        assertThatThrownBy(() -> complete().attachment("a\r.pdf", "application/pdf", new byte[0]))
                .hasMessage("The attachment file name contains a line break (CR or LF); headers cannot hold line"
                        + " breaks");
        assertThatThrownBy(() -> complete().to("a@b.example\n", null))
                .hasMessage("The e-mail address contains a line break (CR or LF); headers cannot hold line breaks");
    }

    @Test
    void refusesSomethingThatIsNotAnAddress() {
        assertThatThrownBy(() -> complete().to("Kari <kari@b.example>", null))
                .hasMessage("'Kari <kari@b.example>' is not an e-mail address; write it as local@domain, without name"
                        + " or brackets");
    }

    @Test
    void refusesAMessageIdThatIsNotLocalAtDomainInBrackets() {
        assertThatThrownBy(() -> complete().messageId("termination.a@nordlys.example").build())
                .hasMessage("The Message-ID 'termination.a@nordlys.example' is not <local@domain> with letters, digits"
                        + " and . - _ only; provide one with LetterEmail.builder().messageId(...)");
    }

    @Test
    void refusesInlineImagesWithoutHtmlToShowThem() {
        assertThatThrownBy(() -> complete().inlineImage("logo.png", "image/png", new byte[] {1}).build())
                .hasMessage("inline images without an HTML body to show them. Provide the HTML with"
                        + " LetterEmail.builder().html(...)");
    }

    @Test
    void deliversToToCcAndBccInThatOrder() {
        LetterEmail email = complete().cc(MailAddress.of("cc@b.example")).bcc(MailAddress.of("arkiv@nordlys.example"))
                .build();
        assertThat(email.recipients()).extracting(MailAddress::email)
                .containsExactly("okonomi@fjordkraft.example", "cc@b.example", "arkiv@nordlys.example");
    }

    @Test
    void keepsItsOwnCopiesOfAttachmentBytes() {
        byte[] bytes = {1, 2, 3};
        LetterEmail email = complete().attachment("a.pdf", "application/pdf", bytes).build();
        bytes[0] = 9;
        email.attachments().get(0).bytes()[1] = 9;
        assertThat(email.attachments().get(0).bytes()).containsExactly(1, 2, 3);
    }
}
