package no.farvel.docx.internal.compile;

/**
 * An instruction written in the document, such as {@code [#if client.attention?has_content]} or {@code [/#list]}.
 * Identity matters: the compiler moves tags to where they work and checks that each {@link Construct}'s tags end up
 * side by side.
 */
final class Tag implements Item {
    /** How a tag takes part in a construct. */
    enum Shape {
        /** Opens a construct that a closing tag ends: {@code [#if …]}, {@code [#list …]}. */
        OPEN,
        /** Divides an open construct: {@code [#else]}, {@code [#elseif …]}, {@code [#case …]}. */
        MIDDLE,
        /** Ends a construct: {@code [/#if]}. */
        CLOSE,
        /** Stands alone: {@code [#assign x = 1]}, {@code [#break]}, {@code [#sep]}. */
        STANDALONE,
        /** A note for the document's readers: {@code [#-- … --]}; prints nothing and is left out. */
        COMMENT
    }

    final Shape shape;
    /** The directive's name, such as {@code if}; a macro call's begins with {@code @}. */
    final String name;
    /** What follows the name, with Word's typographic quotes made plain. */
    final String parameters;
    /** The FreeMarker text the compiled letter carries. */
    final String source;
    final Where where;
    final int from;
    final int to;
    /** The construct this tag belongs to, once paired; null for a standalone tag or comment. */
    Construct construct;

    Tag(Shape shape, String name, String parameters, String source, Where where, int from, int to) {
        this.shape = shape;
        this.name = name;
        this.parameters = parameters;
        this.source = source;
        this.where = where;
        this.from = from;
        this.to = to;
    }

    /** The tag as the author wrote it. */
    String written() {
        return where.text().substring(Math.min(from, where.text().length()), Math.min(to, where.text().length()));
    }

    /** Where the tag is, quoting the text around it. */
    String place() {
        return where.describe(from, to);
    }

    @Override
    public String toString() {
        return source;
    }
}
