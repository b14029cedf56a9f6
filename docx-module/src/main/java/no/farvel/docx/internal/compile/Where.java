package no.farvel.docx.internal.compile;

/**
 * A place in a Word document as its author finds it: {@code paragraph 12 on page 2}, {@code table 1, row 3, cell 2},
 * {@code the footer, paragraph 1}, with the paragraph's text to quote.
 *
 * @param place the paragraph or cell, in words
 * @param page the page it is on, counted from 1, or 0 when pages do not apply (headers, footers, properties)
 * @param pageExact true when Word recorded where its pages broke; false for an estimate from the amount of text
 * @param text the paragraph's text as written, tags included
 */
record Where(String place, int page, boolean pageExact, String text) {
    private static final int CONTEXT = 28;

    /** The place with its page and the paragraph's text, shortened. */
    String describe() {
        return describe(0, 0);
    }

    /** The place, quoting the text around characters {@code from} to {@code to} of the paragraph. */
    String describe(int from, int to) {
        StringBuilder out = new StringBuilder(place);
        if (page > 0) {
            out.append(pageExact ? " on page " : " on about page ").append(page);
        }
        String quote = quote(from, to);
        if (!quote.isBlank()) {
            out.append(" («").append(quote).append("»)");
        }
        return out.toString();
    }

    private String quote(int from, int to) {
        String flat = text.replace('\n', ' ').replace('\t', ' ');
        if (flat.length() <= 2 * CONTEXT + 10) {
            return flat.strip();
        }
        int start = Math.max(0, Math.min(from, flat.length()) - CONTEXT);
        int end = Math.min(flat.length(), Math.max(to, Math.min(from, flat.length())) + CONTEXT);
        if (to - from > CONTEXT * 3) {
            end = Math.min(flat.length(), from + CONTEXT * 3);
        }
        return (start > 0 ? "…" : "") + flat.substring(start, end).strip() + (end < flat.length() ? "…" : "");
    }

    /** The same place quoting other text, such as a picture's description. */
    Where withText(String other) {
        return new Where(place, page, pageExact, other);
    }
}
