package no.farvel.docx.internal.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.farvel.docx.internal.compile.Node.Kind;

/**
 * Gathers a story's paragraphs into the blocks Word shows without naming: consecutive list paragraphs into a list
 * (deeper levels into lists inside their items), and consecutive paragraphs in the Signature, Date, Recipient or
 * Letterhead style into one block each. A loop written just around list paragraphs repeats the items; a condition
 * around them takes the whole list; then every construct is checked to sit whole within one part of the letter.
 */
final class Grouping {
    private final Problems problems;

    Grouping(Problems problems) {
        this.problems = problems;
    }

    /** Groups the story's top level in place. */
    void group(Node story, boolean body) {
        List<Object> children = new ArrayList<>(story.children);
        List<Object> out = new ArrayList<>();
        int i = 0;
        while (i < children.size()) {
            Kind kind = groupOf(children.get(i), body);
            if (kind == null) {
                out.add(children.get(i++));
                continue;
            }
            int last = i;
            int j = i + 1;
            while (j < children.size() && (children.get(j) instanceof Tag || groupOf(children.get(j), body) == kind)) {
                if (!(children.get(j) instanceof Tag)) {
                    last = j;
                }
                j++;
            }
            int[] range = extend(children, i, last);
            for (int pulled = range[0]; pulled < i; pulled++) {
                out.remove(out.size() - 1); // instructions just before the block that turn out to belong in it
            }
            List<Object> members = children.subList(range[0], range[1] + 1);
            out.add(kind == Kind.LIST ? list(new ArrayList<>(members)) : block(kind, members));
            i = range[1] + 1;
        }
        story.children.clear();
        story.children.addAll(out);
    }

    /**
     * The block's extent among {@code children}: its paragraphs from {@code first} to {@code last}, widened over the
     * instructions right before and after it whose constructs lie wholly within, then narrowed again by conditions
     * that enclose the whole block, which stay outside so that no empty list is left.
     */
    static int[] extend(List<Object> children, int first, int last) {
        int before = 0;
        while (first - before - 1 >= 0 && children.get(first - before - 1) instanceof Tag) {
            before++;
        }
        int after = 0;
        while (last + after + 1 < children.size() && children.get(last + after + 1) instanceof Tag) {
            after++;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<Object> inside = identities(children.subList(first - before, last + after + 1));
            for (int k = 0; k < before; k++) {
                Tag tag = (Tag) children.get(first - before + k);
                if (tag.construct != null && !inside.containsAll(tag.construct.tags)) {
                    before = before - k - 1;
                    changed = true;
                    break;
                }
            }
            if (changed) {
                continue;
            }
            for (int k = 0; k < after; k++) {
                Tag tag = (Tag) children.get(last + 1 + k);
                if (tag.construct != null && !inside.containsAll(tag.construct.tags)) {
                    after = k;
                    changed = true;
                    break;
                }
            }
        }
        while (before > 0 || after > 0) {
            Tag outer = before > 0 ? (Tag) children.get(first - before) : null;
            if (outer != null && outer.construct == null) {
                before--;
                continue;
            }
            Tag outerAfter = after > 0 ? (Tag) children.get(last + after) : null;
            if (outerAfter != null && outerAfter.construct == null) {
                after--;
                continue;
            }
            if (outer == null || outer.construct.loop()) {
                break;
            }
            List<Tag> tags = outer.construct.tags;
            int startRun = first - before;
            int endRun = last + after;
            int m = 0;
            while (m < tags.size() && startRun + m < first && children.indexOf(tags.get(m)) == startRun + m) {
                m++;
            }
            int n = tags.size() - m;
            for (int k = 0; k < n; k++) {
                int expected = endRun - n + 1 + k;
                if (expected <= last || children.indexOf(tags.get(m + k)) != expected) {
                    return new int[] {first - before, last + after}; // divided inside the block: it stays in
                }
            }
            before -= m;
            after -= n;
        }
        return new int[] {first - before, last + after};
    }

    private static Set<Object> identities(List<Object> objects) {
        Set<Object> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(objects);
        return set;
    }

    /** A list from its paragraphs and the instructions among them; deeper levels become lists inside items. */
    private static Node list(List<Object> members) {
        List<Node> paragraphs = members.stream().filter(Node.class::isInstance).map(Node.class::cast).toList();
        int level = paragraphs.stream().mapToInt(p -> p.list.level()).min().orElse(0);
        Node list = new Node(Kind.LIST, paragraphs.get(0).where);
        list.ordered = paragraphs.get(0).list.ordered();
        int k = 0;
        while (k < members.size()) {
            Object member = members.get(k++);
            if (member instanceof Tag) {
                list.add(member);
                continue;
            }
            Node item = new Node(Kind.ITEM, ((Node) member).where);
            item.add(member);
            list.add(item);
            int m = k;
            while (m < members.size() && !(members.get(m) instanceof Node next && next.list.level() <= level)) {
                m++;
            }
            List<Object> rest = members.subList(k, m);
            int first = Layout.indexOfNode(rest, true);
            if (first < 0) {
                rest.forEach(list::add);
            } else {
                int[] range = extend(rest, first, Layout.indexOfNode(rest, false));
                rest.subList(0, range[0]).forEach(item::add);
                item.add(list(new ArrayList<>(rest.subList(range[0], range[1] + 1))));
                for (Object tag : rest.subList(range[1] + 1, rest.size())) {
                    Construct construct = ((Tag) tag).construct;
                    boolean opened = construct != null && construct.tags.stream().anyMatch(item.written::contains);
                    (opened ? item : list).add(tag);
                }
            }
            k = m;
        }
        return list;
    }

    private static Node block(Kind kind, List<Object> members) {
        Node first = (Node) members.stream().filter(Node.class::isInstance).findFirst().orElseThrow();
        Node block = new Node(kind, first.where);
        members.forEach(block::add);
        return block;
    }

    /**
     * Checks that every construct's tags ended up side by side, and that the recipient's address and the letterhead
     * are one block each and not repeated by a loop.
     *
     * @param letterheadInHeader whether the page header already gives the letterhead
     */
    void check(Node story, boolean letterheadInHeader) {
        Map<Tag, Node> parents = new IdentityHashMap<>();
        parents(story, parents);
        Set<Construct> reported = new HashSet<>();
        for (Map.Entry<Tag, Node> entry : parents.entrySet()) {
            Construct construct = entry.getKey().construct;
            if (construct == null || reported.contains(construct)) {
                continue;
            }
            for (Tag other : construct.tags) {
                Node parent = parents.get(other);
                if (parent != entry.getValue()) {
                    reported.add(construct);
                    Tag opener = construct.open();
                    Node deeper = depth(parent, story) > depth(entry.getValue(), story) ? parent : entry.getValue();
                    problems.add(opener.where, opener.from, opener.to, opener.written() + " and its "
                            + construct.close().written() + " in " + construct.close().where.place() + " do not"
                            + " enclose whole parts of the letter: one is inside " + name(deeper) + " and the other"
                            + " is not; let them enclose whole paragraphs, list items, table rows or tables");
                    break;
                }
            }
        }
        frames(story, letterheadInHeader);
    }

    private void frames(Node story, boolean letterheadInHeader) {
        boolean address = false;
        for (int i = 0; i < story.children.size(); i++) {
            Object child = story.children.get(i);
            if (!(child instanceof Node node) || node.kind != Kind.ADDRESS && node.kind != Kind.LETTERHEAD) {
                continue;
            }
            if (node.kind == Kind.ADDRESS && address) {
                problems.add(node.where, "the recipient's address is split in two: its paragraphs (style Recipient)"
                        + " must follow one another");
            } else if (node.kind == Kind.LETTERHEAD && letterheadInHeader) {
                problems.add(node.where, "the letterhead is given twice, in the page header and in paragraphs in the"
                        + " style Letterhead; keep one");
            }
            address |= node.kind == Kind.ADDRESS;
            for (int j = 0; j < i; j++) {
                if (story.children.get(j) instanceof Tag tag && tag.construct != null && tag.construct.loop()
                        && tag == tag.construct.open() && story.children.indexOf(tag.construct.close()) > i) {
                    problems.add(node.where, name(node) + " cannot be repeated: move it out of " + tag.written()
                            + " in " + tag.where.place());
                }
            }
        }
    }

    private static void parents(Node node, Map<Tag, Node> into) {
        for (Object child : node.children) {
            if (child instanceof Tag tag) {
                into.put(tag, node);
            } else if (child instanceof Node inner) {
                parents(inner, into);
            }
        }
    }

    private static int depth(Node node, Node root) {
        if (node == root) {
            return 0;
        }
        for (Object child : root.children) {
            if (child instanceof Node inner) {
                int below = depth(node, inner);
                if (below >= 0) {
                    return below + 1;
                }
            }
        }
        return -1;
    }

    private static String name(Node node) {
        return switch (node.kind) {
            case LIST -> "a list";
            case ITEM -> "a list item";
            case SIGNATURE -> "the signature";
            case DATE_LINE -> "the date line";
            case ADDRESS -> "the recipient's address";
            case LETTERHEAD -> "the letterhead";
            case TABLE -> "a table";
            case ROW -> "a table row";
            case CELL, LINE -> "a table cell";
            case PARAGRAPH -> "a paragraph";
            case STORY -> "the document";
        };
    }

    private static Kind groupOf(Object child, boolean body) {
        if (!(child instanceof Node node) || node.kind != Kind.PARAGRAPH) {
            return null;
        }
        if (node.list != null) {
            return Kind.LIST;
        }
        return switch (node.role) {
            case SIGNATURE -> Kind.SIGNATURE;
            case DATE_LINE -> Kind.DATE_LINE;
            case RECIPIENT -> body ? Kind.ADDRESS : null;
            case LETTERHEAD -> body ? Kind.LETTERHEAD : null;
            default -> null;
        };
    }
}
