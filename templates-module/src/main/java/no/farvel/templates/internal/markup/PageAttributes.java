package no.farvel.templates.internal.markup;

import java.util.function.Function;
import no.farvel.templates.document.PageSetup;
import no.farvel.templates.spi.RenderException;

/**
 * Reads the paper of {@code <article data-page-size="210mm 297mm" data-page-margins="20mm 20mm 25mm 20mm">}: width
 * and height, then the margins in CSS order (top, right, bottom, left).
 */
final class PageAttributes {
    private PageAttributes() {
    }

    /** The page setup, or null when neither attribute is given. */
    static PageSetup parse(String size, String margins, Function<String, RenderException> error) {
        if (size == null && margins == null) {
            return null;
        }
        if (size == null || margins == null) {
            throw error.apply("<article> needs both data-page-size and data-page-margins, or neither");
        }
        double[] paper = millimetres("data-page-size", size, 2, error);
        double[] edges = millimetres("data-page-margins", margins, 4, error);
        try {
            return new PageSetup(paper[0], paper[1], edges[0], edges[1], edges[2], edges[3]);
        } catch (IllegalArgumentException e) {
            throw error.apply(e.getMessage());
        }
    }

    private static double[] millimetres(String attribute, String value, int count,
                                        Function<String, RenderException> error) {
        String[] parts = Whitespace.collapseAndTrim(value).split(" ");
        double[] numbers = new double[count];
        boolean valid = parts.length == count;
        for (int i = 0; valid && i < count; i++) {
            valid = parts[i].matches("\\d{1,4}(\\.\\d{1,3})?mm");
            if (valid) {
                numbers[i] = Double.parseDouble(parts[i].substring(0, parts[i].length() - 2));
            }
        }
        if (!valid) {
            throw error.apply(attribute + "=\"" + value + "\" must be " + count + " lengths in millimetres, such as \""
                    + (count == 2 ? "210mm 297mm" : "20mm 20mm 25mm 20mm") + "\"");
        }
        return numbers;
    }
}
