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
import java.util.Random;
import org.junit.jupiter.api.Test;

/** MimeComposer encodes attachments and images in base64 itself; Jakarta Mail must have written the same bytes. */
class Base64PartTest {
    @Test
    void anAttachmentIsWrittenByteForByteAsJakartaMailWouldWriteIt() throws Exception {
        Random random = new Random(4122026);
        int[] sizes = {0, 1, 2, 3, 4, 56, 57, 58, 59, 113, 114, 115, 1000, 5000, 65_536, 200_001};
        String[] types = {"application/pdf", "image/png", "text/plain; charset=UTF-8", "application/octet-stream"};
        for (int n = 0; n < sizes.length * 12; n++) {
            int size = sizes[n % sizes.length];
            String type = types[n / sizes.length % types.length];
            byte[] bytes = new byte[size];
            switch (n / sizes.length / types.length) {
                case 0 -> random.nextBytes(bytes);                                      // binary, as a PDF or PNG
                case 1 -> fill(bytes, random, "Faktura 2026-1041 er betalt.\r\n\t");      // 7-bit text
                default -> fill(bytes, random, "Faktura 2026-1041 er betalt.\n" + "x".repeat(1200) + "\u00e6");
            }
            MimeBodyPart jakarta = new MimeBodyPart();
            jakarta.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
            jakarta.setFileName("letter.pdf");
            jakarta.setDisposition(MimeBodyPart.ATTACHMENT);
            saved(jakarta);

            MimeBodyPart ours = MimeComposer.filePart(bytes, type);
            ours.setFileName("letter.pdf");
            ours.setDisposition(MimeBodyPart.ATTACHMENT);
            saved(ours);

            String written = written(ours);
            assertThat(written).as("%d bytes of %s, kind %d", size, type, n / sizes.length / types.length)
                    .isEqualTo(written(jakarta));
        }
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

    private static String written(MimeBodyPart part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.writeTo(out);
        return out.toString(StandardCharsets.US_ASCII);
    }
}
