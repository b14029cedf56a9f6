package no.farvel.templates.document;

/**
 * A page-break hint a template writes on a {@code section} or {@code div} ({@code data-keep="together with-next"})
 * where the letter's structure cannot say it; {@link Pagination} adds what the structure does say.
 */
public enum Keep {
    /** No page break inside the division, unless it is taller than a page. */
    TOGETHER,
    /** No page break between the division and the block after it. */
    WITH_NEXT,
    /** No page break between the block before the division and the division. */
    WITH_PREVIOUS
}
