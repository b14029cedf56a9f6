package no.farvel.docx.internal.compile;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The FreeMarker instructions a Word letter may use, and how each pairs up. Instructions that change escaping, the
 * syntax or the output format ({@code #noautoesc}, {@code #ftl}, {@code #outputformat}, {@code #noparse}) have no
 * place in a letter and are refused.
 */
final class Directives {
    private static final Set<String> PAIRED = Set.of("if", "list", "items", "switch", "attempt", "macro", "function",
            "compress");
    private static final Set<String> CAPTURING = Set.of("assign", "local", "global");
    private static final Map<String, Set<String>> MIDDLE = Map.of(
            "else", Set.of("if", "list", "items"),
            "elseif", Set.of("if"),
            "recover", Set.of("attempt"),
            "case", Set.of("switch"),
            "default", Set.of("switch"),
            "on", Set.of("switch"));
    private static final Set<String> STANDALONE = Set.of("sep", "break", "continue", "return", "nested", "include",
            "import", "setting", "t", "lt", "rt", "nt");

    private Directives() {
    }

    /** The known name written in any case ({@code If}, {@code ELSEIF}), as FreeMarker spells it; null if unknown. */
    static String canonical(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return PAIRED.contains(lower) || CAPTURING.contains(lower) || MIDDLE.containsKey(lower)
                || STANDALONE.contains(lower) ? lower : null;
    }

    /** How a known instruction pairs: {@code [#assign x]…[/#assign]} captures, {@code [#assign x = 1]} stands alone. */
    static Tag.Shape shape(String name, String parameters) {
        if (PAIRED.contains(name)) {
            return Tag.Shape.OPEN;
        }
        if (CAPTURING.contains(name)) {
            return parameters.strip().matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\s+in\\s+\\S+)?") ? Tag.Shape.OPEN
                    : Tag.Shape.STANDALONE;
        }
        return MIDDLE.containsKey(name) ? Tag.Shape.MIDDLE : Tag.Shape.STANDALONE;
    }

    /** Whether a closing tag of this name can end constructs (so that {@code [/#sep]} stands alone). */
    static boolean closes(String name) {
        return PAIRED.contains(name) || CAPTURING.contains(name);
    }

    /** The instructions a dividing tag may divide: {@code else} divides {@code if}, {@code list} and {@code items}. */
    static Set<String> divides(String middle) {
        return MIDDLE.getOrDefault(middle, Set.of());
    }

    static boolean loops(String name) {
        return name.equals("list") || name.equals("items");
    }

    /** Every known instruction, for an error message. */
    static String known() {
        Set<String> all = new TreeSet<>(PAIRED);
        all.addAll(CAPTURING);
        all.addAll(MIDDLE.keySet());
        all.addAll(STANDALONE);
        return "#" + String.join(", #", all);
    }
}
