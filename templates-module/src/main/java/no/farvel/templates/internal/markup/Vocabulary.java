package no.farvel.templates.internal.markup;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The elements and attributes of the letter markup; everything else is refused. */
final class Vocabulary {
    private Vocabulary() {
    }

    /** Elements that stack vertically: each becomes one {@link no.farvel.templates.document.Block}. */
    static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "ul", "ol", "table", "hr", "section", "div");

    /** Elements that flow inside a line. */
    static final Set<String> INLINES = Set.of("strong", "em", "u", "br", "a", "img", "span");

    /** Page furniture: only directly inside {@code <article>}, at most once each. */
    static final Set<String> FRAMES = Set.of("header", "footer", "address");

    /** Attributes each element may carry; an element not listed carries none. */
    static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            "article", Set.of("lang", "data-title", "data-author", "data-subject", "data-page-size",
                    "data-page-margins"),
            "a", Set.of("href"),
            "img", Set.of("src", "alt", "data-width-mm"),
            "td", Set.of("class"),
            "th", Set.of("class"),
            "p", Set.of("data-role"),
            "section", Set.of("class", "data-role", "data-keep"),
            "div", Set.of("class", "data-role", "data-keep"),
            "span", Set.of("class", "data-role"));

    /** Every element of the markup, sorted, for error messages. */
    static final Set<String> ALL = all();

    static Set<String> attributesOf(String element) {
        return ATTRIBUTES.getOrDefault(element, Set.of());
    }

    /** The names as a sorted comma-separated list, or {@code none}. */
    static String list(Set<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", new TreeSet<>(names));
    }

    private static Set<String> all() {
        Set<String> all = new TreeSet<>();
        all.add("article");
        all.addAll(BLOCKS);
        all.addAll(INLINES);
        all.addAll(FRAMES);
        all.addAll(Set.of("li", "thead", "tbody", "tr", "th", "td"));
        return Set.copyOf(all);
    }
}
