package no.farvel.mail;

import java.util.Objects;
import no.farvel.mail.internal.HeaderValues;

/**
 * A file attached to a message. The name may hold any letters; it is written with RFC 2231 so that
 * {@code Oppsigelse – Fjordkraft Demo AS.pdf} arrives as it was meant.
 *
 * @param fileName the name the recipient sees
 * @param mediaType such as {@code application/pdf}
 * @param bytes the content; copied in and out
 */
public record Attachment(String fileName, String mediaType, byte[] bytes) {
    public Attachment {
        HeaderValues.requireText(fileName, "attachment file name");
        HeaderValues.requireText(mediaType, "media type of attachment '" + fileName + "'");
        bytes = Objects.requireNonNull(bytes, "The parameter 'bytes' must not be null").clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment a && fileName.equals(a.fileName) && mediaType.equals(a.mediaType)
                && java.util.Arrays.equals(bytes, a.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, java.util.Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + mediaType + ", " + bytes.length + " bytes]";
    }
}
