package no.farvel.templates.internal.markup;

import java.util.Locale;
import java.util.function.Function;
import no.farvel.templates.document.Image;
import no.farvel.templates.spi.RenderException;

/** Checks where links and images point: links to the web or mail only, images only into the template pack. */
final class Targets {
    private Targets() {
    }

    /** The stripped href, if it is an https:, http: or mailto: address. */
    static String href(String href, Function<String, RenderException> error) {
        if (href == null || href.isBlank()) {
            throw error.apply("<a> needs an href attribute");
        }
        href = href.strip();
        String lower = href.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https:") && !lower.startsWith("http:") && !lower.startsWith("mailto:")) {
            throw error.apply("link href \"" + href + "\" is not allowed; use an https:, http: or mailto: address");
        }
        return href;
    }

    /** The image, if {@code src} stays inside the pack, {@code alt} is given and the width is sane. */
    static Image image(String src, String alt, String width, Function<String, RenderException> error) {
        if (src == null || src.isBlank()) {
            throw error.apply("<img> needs a src attribute naming a file in the template pack,"
                    + " such as images/logo.png");
        }
        src = src.strip();
        if (src.startsWith("/") || src.startsWith("\\") || src.contains(":") || src.contains("..")
                || src.contains("\\")) {
            throw error.apply("image src \"" + src + "\" must be a relative path inside the template pack without \"..\","
                    + " such as images/logo.png");
        }
        if (alt == null) {
            throw error.apply("<img src=\"" + src + "\"> needs an alt attribute: the text e-mail readers see instead"
                    + " (alt=\"\" for a purely decorative image)");
        }
        double widthMm = 0;
        if (width != null) {
            try {
                widthMm = Double.parseDouble(width.strip());
            } catch (NumberFormatException e) {
                widthMm = -1;
            }
            if (!(widthMm > 0) || Double.isInfinite(widthMm)) {
                throw error.apply("data-width-mm=\"" + width + "\" on <img> must be a positive number of millimetres,"
                        + " such as 40 or 37.5");
            }
        }
        return new Image(src, Whitespace.collapseAndTrim(alt), widthMm);
    }
}
