package no.farvel.docx.internal.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.farvel.docx.internal.compile.Item.Literal;
import no.farvel.docx.internal.compile.Node.Kind;
import no.farvel.docx.internal.compile.WordBlock.Grid;
import no.farvel.docx.internal.compile.WordBlock.GridCell;
import no.farvel.docx.internal.compile.WordBlock.GridRow;
import no.farvel.docx.internal.compile.WordBlock.Para;

/**
 * Moves each instruction to where it works, the way an author means it:
 *
 * <ul>
 *   <li>a paragraph holding only instructions disappears, leaving them between its neighbours;</li>
 *   <li>a condition or loop that encloses a whole paragraph takes the paragraph with it, so
 *       {@code [#if x]Text[/#if]} leaves no empty paragraph, and {@code [#list …]} around a list paragraph repeats
 *       the list item;</li>
 *   <li>a loop that starts at the beginning of a table row and ends at the end of a row repeats those rows, as does
 *       one standing alone in rows of its own; a cell is never dropped;</li>
 *   <li>anything else that crosses a paragraph, cell, row or table boundary is a fault, reported where it is.</li>
 * </ul>
 */
final class Layout {
    private final Map<Para, List<Item>> items;
    private final Problems problems;

    Layout(Map<Para, List<Item>> items, Problems problems) {
        this.items = items;
        this.problems = problems;
    }

    /** The story's parts, with every instruction moved out of the parts it encloses. */
    Node story(Where where, List<WordBlock> blocks) {
        Node story = new Node(Kind.STORY, where);
        for (WordBlock block : blocks) {
            Node node = block instanceof Para para ? paragraph(para, Kind.PARAGRAPH) : table((Grid) block);
            for (Object settled : node.kind == Kind.TABLE ? settleTable(node) : settleLine(node)) {
                story.add(settled);
            }
        }
        return story;
    }

    private Node paragraph(Para para, Kind kind) {
        Node node = new Node(kind, para.where());
        node.role = para.role();
        node.list = para.list();
        node.numeric = para.alignedRight();
        for (Item item : items.getOrDefault(para, List.of())) {
            node.add(item);
        }
        return node;
    }

    private Node table(Grid grid) {
        Node table = new Node(Kind.TABLE, grid.where());
        for (GridRow gridRow : grid.rows()) {
            Node row = new Node(Kind.ROW, gridRow.where());
            row.header = gridRow.header();
            for (GridCell gridCell : gridRow.cells()) {
                Node cell = new Node(Kind.CELL, gridCell.where());
                for (Para para : gridCell.paragraphs()) {
                    Node line = paragraph(para, Kind.LINE);
                    cell.numeric |= para.alignedRight();
                    cell.add(line);
                }
                row.add(cell);
            }
            table.add(row);
        }
        return table;
    }

    /**
     * A paragraph or cell line: instructions at its start or end that belong outside it move out; a paragraph of
     * nothing but instructions disappears.
     */
    private List<Object> settleLine(Node line) {
        List<Object> children = line.children;
        List<Object> out = new ArrayList<>();
        if (children.stream().noneMatch(Tag.class::isInstance)) {
            out.add(line);
            return out;
        }
        if (!line.hasContent()) {
            children.stream().filter(Tag.class::isInstance).forEach(out::add);
            return out;
        }
        int leadingEnd = 0;
        while (leadingEnd < children.size() && edge(children.get(leadingEnd))) {
            leadingEnd++;
        }
        int trailingStart = children.size();
        while (trailingStart > leadingEnd && edge(children.get(trailingStart - 1))) {
            trailingStart--;
        }
        Set<Tag> atEdges = new HashSet<>();
        for (int i = 0; i < children.size(); i++) {
            if ((i < leadingEnd || i >= trailingStart) && children.get(i) instanceof Tag tag) {
                atEdges.add(tag);
            }
        }
        Set<Tag> leaving = new HashSet<>();
        for (Object child : children) {
            if (!(child instanceof Tag tag) || tag.construct == null) {
                continue;
            }
            if (!line.holds(tag.construct)) {
                if (!atEdges.contains(tag)) {
                    problems.add(tag.where, tag.from, tag.to, tag.written() + " belongs to "
                            + partner(tag) + ", so it must stand at the start or the end of this paragraph: a"
                            + " condition or loop over several paragraphs begins at the start of the first and ends"
                            + " at the end of the last");
                }
                leaving.add(tag);
            } else if (atEdges.containsAll(tag.construct.tags) && !(tag.construct.loop() && separated(children))) {
                leaving.add(tag);
            }
        }
        List<Object> before = new ArrayList<>();
        int i = 0;
        while (i < leadingEnd && (!(children.get(i) instanceof Tag tag) || leaving.contains(tag)
                || tag.construct == null)) {
            if (children.get(i) instanceof Tag tag) {
                before.add(tag);
            }
            i++;
        }
        List<Object> after = new ArrayList<>();
        int j = children.size();
        while (j > Math.max(i, trailingStart) && (!(children.get(j - 1) instanceof Tag tag) || leaving.contains(tag)
                || tag.construct == null)) {
            if (children.get(j - 1) instanceof Tag tag) {
                after.add(0, tag);
            }
            j--;
        }
        List<Object> kept = new ArrayList<>(children.subList(i, j));
        children.clear();
        children.addAll(kept);
        out.addAll(before);
        out.add(line);
        out.addAll(after);
        return out;
    }

    /** A loop with {@code [#sep]} runs its items on within the paragraph, so it does not repeat the paragraph. */
    private static boolean separated(List<Object> children) {
        return children.stream().anyMatch(child -> child instanceof Tag tag && tag.name.equals("sep"));
    }

    /** A cell keeps its own conditions; a loop or condition that goes beyond it leaves it at its start or end. */
    private List<Object> settleCell(Node cell) {
        List<Object> settled = new ArrayList<>();
        for (Object child : cell.children) {
            settled.addAll(settleLine((Node) child));
        }
        return leaveAtEdges(cell, settled, "the cell",
                "a condition or loop over several cells must cover whole rows: put its start at the beginning of"
                        + " the row's first cell and its end at the end of the last cell of the same or a later row");
    }

    private List<Object> settleRow(Node row) {
        boolean instructionsOnly = row.children.stream().map(Node.class::cast)
                .flatMap(cell -> cell.children.stream()).map(Node.class::cast).noneMatch(Node::hasContent)
                && !row.written.isEmpty();
        if (instructionsOnly) {
            return new ArrayList<>(row.tags()); // a row of only instructions leaves them between its neighbours
        }
        List<Object> settled = new ArrayList<>();
        for (Object cell : row.children) {
            settled.addAll(settleCell((Node) cell));
        }
        int first = indexOfNode(settled, true);
        int last = indexOfNode(settled, false);
        for (int i = first + 1; i < last; i++) {
            if (settled.get(i) instanceof Tag tag) {
                problems.add(tag.where, tag.from, tag.to, tag.written() + " covers only part of a table row: a"
                        + " condition or loop over several cells must cover whole rows, from the start of the row's"
                        + " first cell to the end of a row's last cell");
            }
        }
        row.children.clear();
        List<Object> out = new ArrayList<>(settled.subList(0, first));
        for (Object child : settled.subList(first, last + 1)) {
            if (child instanceof Node) {
                row.children.add(child);
            }
        }
        out.add(row);
        out.addAll(settled.subList(last + 1, settled.size()));
        return out;
    }

    private List<Object> settleTable(Node table) {
        List<Object> settled = new ArrayList<>();
        for (Object row : table.children) {
            settled.addAll(settleRow((Node) row));
        }
        List<Object> out = leaveAtEdges(table, settled, "the table", "a condition or loop that starts inside a"
                + " table must end inside it, and one that starts before it must end after it");
        headingRows(table);
        return out;
    }

    /**
     * Keeps in {@code part} what is its own, and returns it with the instructions that belong outside it before and
     * after; such an instruction in the middle of the part is reported.
     */
    private List<Object> leaveAtEdges(Node part, List<Object> settled, String name, String rule) {
        int start = 0;
        while (start < settled.size() && settled.get(start) instanceof Tag tag && leaves(part, tag)) {
            start++;
        }
        int end = settled.size();
        while (end > start && settled.get(end - 1) instanceof Tag tag && leaves(part, tag)) {
            end--;
        }
        for (Object child : settled.subList(start, end)) {
            if (child instanceof Tag tag && leaves(part, tag)) {
                problems.add(tag.where, tag.from, tag.to, tag.written() + " belongs to " + partner(tag)
                        + ", outside " + name + "; " + rule);
            }
        }
        part.children.clear();
        part.children.addAll(settled.subList(start, end));
        List<Object> out = new ArrayList<>(settled.subList(0, start));
        out.add(part);
        out.addAll(settled.subList(end, settled.size()));
        return out;
    }

    private static boolean leaves(Node part, Tag tag) {
        return tag.construct != null && !part.holds(tag.construct);
    }

    /** A condition or loop may not join the rows Word repeats as a heading to the rows below them. */
    private void headingRows(Node table) {
        int split = headingSplit(table);
        Set<Construct> heading = new HashSet<>();
        for (int i = 0; i < split; i++) {
            if (table.children.get(i) instanceof Tag tag && tag.construct != null) {
                heading.add(tag.construct);
            }
        }
        for (int i = split; i < table.children.size(); i++) {
            if (table.children.get(i) instanceof Tag tag && heading.contains(tag.construct)) {
                Tag opener = tag.construct.open();
                problems.add(opener.where, opener.from, opener.to, opener.written() + " starts in the table's heading"
                        + " rows and ends below them; a condition or loop must stay within the heading rows or"
                        + " within the rows below");
                heading.remove(tag.construct);
            }
        }
    }

    /** Where a table's heading rows (those Word repeats on each page) end among its children. */
    static int headingSplit(Node table) {
        int split = 0;
        for (int i = 0; i < table.children.size(); i++) {
            if (table.children.get(i) instanceof Node row) {
                if (!row.header) {
                    break;
                }
                split = i + 1;
            }
        }
        return split;
    }

    /** The index of the first (or last) part among children that mix parts and tags; -1 when there is none. */
    static int indexOfNode(List<Object> children, boolean first) {
        int found = -1;
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof Node) {
                if (first) {
                    return i;
                }
                found = i;
            }
        }
        return found;
    }

    private static boolean edge(Object child) {
        return child instanceof Tag || child instanceof Literal literal && literal.text().isBlank();
    }

    /** "the [/#if] in paragraph 9", naming the tag this one pairs with. */
    static String partner(Tag tag) {
        Tag other = tag == tag.construct.open() ? tag.construct.close() : tag.construct.open();
        return other.written() + " in " + other.where.place();
    }
}
