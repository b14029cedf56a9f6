package no.farvel.templates.document;

/**
 * Image from the template pack.
 *
 * @param src path inside the pack, such as {@code images/logo.png}
 * @param alt text shown where images are not
 * @param widthMm intended width in millimetres; 0 means the image's natural size
 */
public record Image(String src, String alt, double widthMm) implements Inline {
}
