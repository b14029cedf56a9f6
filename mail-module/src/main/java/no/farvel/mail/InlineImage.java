package no.farvel.mail;

import java.util.Objects;
import no.farvel.mail.internal.HeaderValues;

/**
 * An image the HTML body shows as {@code <img src="cid:CONTENT-ID">}, such as the letterhead logo.
 *
 * @param contentId the Content-ID without angle brackets, such as {@code logo.png}
 * @param mediaType such as {@code image/png}
 * @param bytes the image; copied in and out
 */
public record InlineImage(String contentId, String mediaType, byte[] bytes) {
    public InlineImage {
        HeaderValues.requireText(contentId, "inline image Content-ID");
        if (contentId.contains("<") || contentId.contains(">")) {
            throw new IllegalArgumentException("The inline image Content-ID '" + contentId
                    + "' must be given without angle brackets; they are added when the message is written");
        }
        HeaderValues.requireText(mediaType, "media type of inline image '" + contentId + "'");
        bytes = Objects.requireNonNull(bytes, "The parameter 'bytes' must not be null").clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InlineImage i && contentId.equals(i.contentId) && mediaType.equals(i.mediaType)
                && java.util.Arrays.equals(bytes, i.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentId, mediaType, java.util.Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "InlineImage[" + contentId + ", " + mediaType + ", " + bytes.length + " bytes]";
    }
}
