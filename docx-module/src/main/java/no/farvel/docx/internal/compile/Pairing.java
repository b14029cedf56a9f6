package no.farvel.docx.internal.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** Pairs each opening tag with its dividing and closing tags, across paragraphs and tables, in document order. */
final class Pairing {
    private Pairing() {
    }

    /** The constructs of a story's tags, in order of their opening tags; null after the first fault. */
    static List<Construct> pair(List<Tag> tags, Problems problems) {
        List<Construct> constructs = new ArrayList<>();
        Deque<Construct> open = new ArrayDeque<>();
        for (Tag tag : tags) {
            switch (tag.shape) {
                case OPEN -> {
                    Construct construct = new Construct(tag);
                    constructs.add(construct);
                    open.push(construct);
                }
                case MIDDLE -> {
                    Set<String> divides = Directives.divides(tag.name);
                    if (open.isEmpty() || !divides.contains(open.peek().open().name)) {
                        problems.add(tag.where, tag.from, tag.to, tag.written() + " must stand inside "
                                + alternatives(divides) + (open.isEmpty() ? ", but nothing is open here"
                                : ", but here it is inside " + open.peek().open().written() + " from "
                                + open.peek().open().where.place()));
                        return null;
                    }
                    open.peek().add(tag);
                }
                case CLOSE -> {
                    if (open.isEmpty()) {
                        problems.add(tag.where, tag.from, tag.to, tag.written() + " closes nothing: there is no "
                                + opening(tag) + " before it");
                        return null;
                    }
                    Tag opener = open.peek().open();
                    boolean matches = tag.name.equals(opener.name) || tag.name.equals("@") && opener.name.startsWith("@");
                    if (!matches) {
                        problems.add(tag.where, tag.from, tag.to, tag.written() + " cannot close " + opener.written()
                                + " from " + opener.where.place() + "; close that first with " + closing(opener));
                        return null;
                    }
                    open.pop().add(tag);
                }
                default -> {
                    // Standalone tags and notes pair with nothing.
                }
            }
        }
        if (!open.isEmpty()) {
            for (Construct unclosed : open) {
                Tag opener = unclosed.open();
                problems.add(opener.where, opener.from, opener.to, opener.written() + " is not closed: add "
                        + closing(opener) + " where the text that depends on it ends");
            }
            return null;
        }
        return constructs;
    }

    /** How the author closes what this tag opens: {@code [/#if]}, {@code [/@greet]}. */
    static String closing(Tag opener) {
        return opener.name.startsWith("@") ? "[/" + opener.name + "]" : "[/#" + opener.name + "]";
    }

    private static String opening(Tag closer) {
        return closer.name.startsWith("@") ? "[" + closer.name + " …]" : "[#" + closer.name + " …]";
    }

    private static String alternatives(Set<String> names) {
        List<String> sorted = names.stream().sorted().map(n -> "[#" + n + " …]").toList();
        return sorted.size() == 1 ? sorted.get(0)
                : String.join(", ", sorted.subList(0, sorted.size() - 1)) + " or " + sorted.get(sorted.size() - 1);
    }
}
