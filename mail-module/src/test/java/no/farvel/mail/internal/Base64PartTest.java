package no.farvel.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** MimeComposer encodes attachments and images in base64 itself; Jakarta Mail must have written the same bytes. */
class Base64PartTest {
    @Test
    void aFileOrImageIsWrittenByteForByteAsJakartaMailWouldWriteIt() throws Exception {
        Random random = new Random(4122026);
        int[] sizes = {0, 1, 2, 3, 4, 56, 57, 58, 59, 113, 114, 115, 1000, 5000, 65_536, 200_001};
        String[] types = {"application/pdf", "image/png", "text/plain; charset=UTF-8", "application/octet-stream",
            "message/rfc822", "IMAGE/PNG", "image/png; name=\"log\u00f8.png\""};
        String[][] dresses = {{"letter.pdf", null}, {"Oppsigelse \u2013 s\u00e6rskilt.pdf", null},
            {null, "logo.png@farvel.example"}, {null, "log\u00f8.png@farvel.example"}};
        int kinds = 3;
        int compared = 0;
        for (int n = 0; n < sizes.length * types.length * kinds; n++) {
            int size = sizes[n % sizes.length];
            String type = types[n / sizes.length % types.length];
            int kind = n / sizes.length / types.length;
            byte[] bytes = new byte[size];
            switch (kind) {
                case 0 -> random.nextBytes(bytes);                                      // binary, as a PDF or PNG
                case 1 -> fill(bytes, random, "Faktura 2026-1041 er betalt.\r\n\t");      // 7-bit text
                default -> fill(bytes, random, "Faktura 2026-1041 er betalt.\n" + "x".repeat(1200) + "\u00e6");
            }
            for (String[] dress : dresses) {
                MimeBodyPart jakarta = new MimeBodyPart();
                jakarta.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
                MimeBodyPart ours = MimeComposer.filePart(bytes, type, dress[1]);
                for (MimeBodyPart part : List.of(jakarta, ours)) {
                    if (dress[1] != null) {
                        part.setContentID("<" + dress[1] + ">");
                        part.setDisposition(MimeBodyPart.INLINE);
                        part.setFileName(dress[1].substring(0, dress[1].indexOf('@')));
                    } else {
                        part.setFileName(dress[0]);
                        part.setDisposition(MimeBodyPart.ATTACHMENT);
                    }
                    saved(part);
                }
                assertThat(written(ours)).as("%d bytes of %s, kind %d, %s", size, type, kind, Arrays.asList(dress))
                        .isEqualTo(written(jakarta));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(sizes.length * types.length * kinds * dresses.length);
    }

    /** Bytes taken at random places of {@code text} in UTF-8: runs of its characters. */
    private static void fill(byte[] bytes, Random random, String text) {
        byte[] source = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = source[(i + random.nextInt(3)) % source.length];
        }
    }

    /** Lets Jakarta Mail set the part's headers, as it does when the message the part is in is saved. */
    private static void saved(MimeBodyPart part) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(MimeComposer.properties()));
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(part);
        message.setContent(mixed);
        message.saveChanges();
    }

    /** The part's bytes, one char per byte, so that a header written in another encoding shows as a difference. */
    private static String written(MimeBodyPart part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.writeTo(out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
