package no.farvel.docx.internal.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.farvel.docx.internal.compile.WordBlock.ListLevel;

/**
 * A part of the letter being laid out: a story, paragraph, table, row, cell, list, list item or block of paragraphs
 * with one role. Its children are nodes, tags, and (in a paragraph or cell line) the paragraph's items. Mutable while
 * the compiler moves tags to where they work.
 */
final class Node {
    enum Kind {
        STORY, PARAGRAPH, TABLE, ROW, CELL, LINE, LIST, ITEM, SIGNATURE, DATE_LINE, ADDRESS, LETTERHEAD
    }

    final Kind kind;
    final Where where;
    final List<Object> children = new ArrayList<>();
    /** Every tag written inside this part, wherever the compiler moves it. */
    final Set<Tag> written = new HashSet<>();
    Roles role = Roles.PARAGRAPH;
    ListLevel list;
    boolean header;
    boolean numeric;
    boolean ordered;

    Node(Kind kind, Where where) {
        this.kind = kind;
        this.where = where;
    }

    /** Whether every tag of the construct was written inside this part. */
    boolean holds(Construct construct) {
        return written.containsAll(construct.tags);
    }

    /** Adds a child, counting its tags as written inside this part. */
    void add(Object child) {
        children.add(child);
        if (child instanceof Tag tag) {
            written.add(tag);
        } else if (child instanceof Node node) {
            written.addAll(node.written);
        }
    }

    /** Whether the part says anything: visible text, a field, a picture or another part (not only tags). */
    boolean hasContent() {
        for (Object child : children) {
            if (child instanceof Node || child instanceof Item.Field || child instanceof Item item && item.visible()) {
                return true;
            }
        }
        return false;
    }

    /** Every tag in document order, at any depth. */
    List<Tag> tags() {
        List<Tag> tags = new ArrayList<>();
        for (Object child : children) {
            if (child instanceof Tag tag) {
                tags.add(tag);
            } else if (child instanceof Node node) {
                tags.addAll(node.tags());
            }
        }
        return tags;
    }
}
