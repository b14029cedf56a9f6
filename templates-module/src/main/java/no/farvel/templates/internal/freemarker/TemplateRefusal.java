package no.farvel.templates.internal.freemarker;

/** One thing a pack template may not hold: where it is, and why. */
public record TemplateRefusal(String template, int line, int column, String reason) {
    /** {@code template 'letter.ftlh', line 3, column 12: ?interpret is not allowed: ...} */
    @Override
    public String toString() {
        return "template '" + template + "', line " + line + ", column " + column + ": " + reason;
    }
}
