package no.farvel.templates.internal.freemarker;

/**
 * One thing a pack template may not hold: where it is, and why.
 *
 * @param origin for a letter compiled from another format, where its author wrote the line, such as
 *               {@code paragraph 3 on page 1 («…»)}; null for a template written as such
 */
public record TemplateRefusal(String template, int line, int column, String reason, String origin) {
    /** A refusal in a template written as such. */
    public TemplateRefusal(String template, int line, int column, String reason) {
        this(template, line, column, reason, null);
    }

    /** This refusal at {@code origin} in the source of a compiled letter; unchanged when {@code origin} is null. */
    TemplateRefusal at(String origin) {
        return origin == null ? this : new TemplateRefusal(template, line, column, reason, origin);
    }

    /**
     * {@code template 'letter.ftlh', line 3, column 12: ?interpret is not allowed: ...}, or for a compiled letter
     * {@code letter_nb.docx, paragraph 3 on page 1 («…»): ...}.
     */
    @Override
    public String toString() {
        return (origin == null ? "template '" + template + "', line " + line + ", column " + column
                : template + ", " + origin) + ": " + reason;
    }
}
