package no.farvel.templates.spi;

import java.util.Objects;
import no.farvel.templates.document.Image;

/**
 * The convention that ties images in the HTML e-mail body to their attachments: the body shows
 * {@code <img src="cid:ID">} and the mail attaches the pack file with {@code Content-ID: <ID>}.
 */
public final class EmailImages {
    private EmailImages() {
    }

    /** The Content-ID (without angle brackets) for an image: the file name of its pack path, {@code logo.png}. */
    public static String contentId(Image image) {
        Objects.requireNonNull(image, "The parameter 'image' must not be null");
        String src = image.src();
        return src.substring(src.lastIndexOf('/') + 1);
    }
}
