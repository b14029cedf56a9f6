package no.farvel.docx.internal.compile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.farvel.docx.internal.compile.Item.LineBreak;
import no.farvel.docx.internal.compile.Item.Literal;

/**
 * Within a paragraph, a line (between Shift+Enter breaks) of nothing but instructions leaves no empty line behind,
 * as a paragraph of nothing but instructions leaves no empty paragraph: the line and one of its breaks go. That holds
 * when the instructions stand alone on their lines at both ends; in {@code [#list …]Sum: [=total][#sep]⏎[/#list]}
 * the break belongs to the loop and stays.
 */
final class DirectiveLines {
    private DirectiveLines() {
    }

    /** The paragraphs' items with such lines taken out; the lists are changed in place. */
    static void drop(Collection<List<Item>> paragraphs) {
        Set<Tag> alone = new HashSet<>();
        for (List<Item> items : paragraphs) {
            for (List<Item> line : lines(items)) {
                if (instructionsOnly(line)) {
                    line.stream().filter(Tag.class::isInstance).map(Tag.class::cast).forEach(alone::add);
                }
            }
        }
        for (List<Item> items : paragraphs) {
            if (items.stream().anyMatch(LineBreak.class::isInstance)) {
                List<Item> kept = drop(items, alone);
                items.clear();
                items.addAll(kept);
            }
        }
    }

    private static List<Item> drop(List<Item> items, Set<Tag> alone) {
        List<List<Item>> lines = lines(items);
        List<Item> out = new ArrayList<>();
        boolean breakPending = false;
        for (int n = 0; n < lines.size(); n++) {
            List<Item> line = lines.get(n);
            if (instructionsOnly(line) && line.stream().filter(Tag.class::isInstance).map(Tag.class::cast)
                    .allMatch(tag -> tag.construct == null || alone.containsAll(tag.construct.tags))) {
                line.stream().filter(Tag.class::isInstance).forEach(out::add);
                if (n == lines.size() - 1) {
                    breakPending = false; // the last line goes with the break before it
                }
                continue;
            }
            if (breakPending) {
                out.add(new LineBreak());
            }
            out.addAll(line);
            breakPending = n < lines.size() - 1;
        }
        if (breakPending) {
            out.add(new LineBreak());
        }
        return out;
    }

    private static List<List<Item>> lines(List<Item> items) {
        List<List<Item>> lines = new ArrayList<>();
        List<Item> line = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof LineBreak) {
                lines.add(line);
                line = new ArrayList<>();
            } else {
                line.add(item);
            }
        }
        lines.add(line);
        return lines;
    }

    private static boolean instructionsOnly(List<Item> line) {
        return line.stream().anyMatch(Tag.class::isInstance)
                && line.stream().allMatch(i -> i instanceof Tag || i instanceof Literal literal && literal.text().isBlank());
    }
}
