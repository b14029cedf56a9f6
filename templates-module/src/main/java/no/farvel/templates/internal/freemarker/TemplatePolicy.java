package no.farvel.templates.internal.freemarker;

import freemarker.core.TemplateElement;
import freemarker.core.TemplateObject;
import freemarker.template.Template;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.farvel.templates.internal.pack.PackPaths;
import no.farvel.templates.pack.PackLimits;

/**
 * What a pack template may hold, checked on FreeMarker's parsed tree rather than on the text, so comments and
 * camel-case spellings ({@code ?<#-- c -->interpret}, {@code ?evalJson}) hide nothing. Built-ins, directives and
 * special variables are allowed from lists (anything new in a later FreeMarker is refused until reviewed); what
 * could run for ever inside one built-in call is refused: regular expressions, computed padding widths and ranges
 * that are not simply listed.
 */
final class TemplatePolicy {
    /** The widest {@code ?left_pad} or {@code ?right_pad}: enough for any column, far from a memory blow-up. */
    static final int MAX_PAD_WIDTH = 200;

    private static final String EVALUATES = "it evaluates text as a template or as JSON, and data must never be "
            + "evaluated as a template";
    private static final String JAVA = "it reaches Java classes and objects";
    private static final String REGEX = "it runs a regular expression, which can take for ever on unlucky text; "
            + "use ?contains, ?starts_with or ?index_of";
    private static final Map<String, String> REFUSED_BUILT_INS = Map.of("eval", EVALUATES, "eval_json", EVALUATES,
            "interpret", EVALUATES, "new", JAVA, "api", JAVA, "has_api", JAVA, "matches", REGEX, "groups", REGEX);
    /** The built-ins of FreeMarker 2.3.34 that a letter template may use; each ends in bounded time and memory. */
    private static final Set<String> BUILT_INS = Set.of("abs", "absolute_template_name", "ancestors",
            "blank_to_null", "boolean", "byte", "c", "c_lower_case", "c_upper_case", "cap_first", "capitalize",
            "ceiling", "children", "chop_linebreak", "chunk", "cn", "contains", "counter", "date", "date_if_unknown",
            "datetime", "datetime_if_unknown", "default", "double", "drop_while", "empty_to_null", "ends_with",
            "ensure_ends_with", "ensure_starts_with", "esc", "exists", "filter", "first", "float", "floor",
            "has_content", "has_next", "html", "if_exists", "index", "index_of", "int", "is_boolean",
            "is_collection", "is_collection_ex", "is_date", "is_date_like", "is_date_only", "is_datetime",
            "is_directive", "is_enumerable", "is_even_item", "is_first", "is_hash", "is_hash_ex", "is_indexable",
            "is_infinite", "is_last", "is_macro", "is_markup_output", "is_method", "is_nan", "is_node", "is_number",
            "is_odd_item", "is_sequence", "is_string", "is_time", "is_transform", "is_unknown_date_like", "iso",
            "iso_h", "iso_h_nz", "iso_local", "iso_local_h", "iso_local_h_nz", "iso_local_m", "iso_local_m_nz",
            "iso_local_ms", "iso_local_ms_nz", "iso_local_nz", "iso_m", "iso_m_nz", "iso_ms", "iso_ms_nz", "iso_nz",
            "iso_utc", "iso_utc_fz", "iso_utc_h", "iso_utc_h_nz", "iso_utc_m", "iso_utc_m_nz", "iso_utc_ms",
            "iso_utc_ms_nz", "iso_utc_nz", "item_cycle", "item_parity", "item_parity_cap", "j_string", "join",
            "js_string", "json_string", "keep_after", "keep_after_last", "keep_before", "keep_before_last", "keys",
            "last", "last_index_of", "left_pad", "length", "long", "lower_abc", "lower_case", "map", "markup_string",
            "max", "min", "namespace", "next_sibling", "no_esc", "node_name", "node_namespace", "node_type", "number",
            "number_to_date", "number_to_datetime", "number_to_time", "parent", "previous_sibling", "remove_beginning",
            "remove_ending", "replace", "reverse", "right_pad", "root", "round", "rtf", "seq_contains",
            "seq_index_of", "seq_last_index_of", "sequence", "short", "size", "sort", "sort_by", "split",
            "starts_with", "string", "substring", "switch", "take_while", "then", "time", "time_if_unknown", "trim",
            "trim_to_null", "truncate", "truncate_c", "truncate_c_m", "truncate_m", "truncate_w", "truncate_w_m",
            "uncap_first", "upper_abc", "upper_case", "url", "url_path", "values", "web_safe", "with_args",
            "with_args_last", "word_list", "xhtml", "xml");
    /** Built-ins whose optional flags argument (at this index) can switch on regular expressions with 'r'. */
    private static final Map<String, Integer> FLAGS_ARGUMENT = Map.of("replace", 2, "split", 1, "keep_after", 1,
            "keep_after_last", 1, "keep_before", 1, "keep_before_last", 1, "ensure_starts_with", 2);
    private static final Set<String> PADS = Set.of("left_pad", "right_pad");
    private static final Set<String> ELEMENTS = Set.of("#mixed_content", "#text", "#--...--", "${...}", "#{...}", "#if",
            "#elseif", "#else", "#if-#elseif-#else-container", "#list", "#foreach", "#items", "#sep",
            "#list-#else-container", "#break", "#continue", "#assign", "#global", "#local", "#macro", "#function",
            "#nested", "#return", "@", "#include", "#import", "#switch", "#case", "#default", "#on", "#attempt",
            "#recover", "#compress", "#t", "#lt", "#rt", "#nt", "#autoesc", "#noautoesc", "#outputformat",
            "#escape", "#noescape", "#stop", "#flush");
    private static final Set<String> LOOPS = Set.of("#list", "#foreach", "#items");
    private static final Set<String> SPECIAL_VARIABLES = Set.of("now", "lang", "locale", "output_format",
            "auto_esc", "current_template_name", "main_template_name", "template_name", "caller_template_name",
            "version", "incompatible_improvements", "error", "time_zone", "output_encoding", "url_escaping_charset",
            "args");

    private TemplatePolicy() {
    }

    /**
     * What a check found.
     *
     * @param refusals everything the template may not hold, in source order; empty when it may run
     * @param includes the pack paths of the templates it includes or imports by a literal name
     */
    record Result(List<TemplateRefusal> refusals, List<String> includes) {
    }

    private record Frame(TemplateObject node, String role, Frame parent, int depth) {
    }

    /** Checks the whole tree of {@code template}; never recurses, so no template is too deep to check. */
    static Result check(Template template, int maxNesting) {
        List<TemplateRefusal> refusals = new ArrayList<>();
        List<String> includes = new ArrayList<>();
        Deque<Frame> work = new ArrayDeque<>();
        work.push(new Frame(template.getRootTreeNode(), "root", null, 1));
        boolean tooDeep = false;
        while (!work.isEmpty()) {
            Frame frame = work.pop();
            if (frame.depth() > maxNesting) {
                if (!tooDeep) {
                    tooDeep = true;
                    refusals.add(refusal(template, frame.node(), "the template nests deeper than " + maxNesting
                            + " levels (templateNesting); " + PackLimits.howToRaise("templateNesting")));
                }
                continue;
            }
            String refused = refusal(frame, template.getSourceName(), includes);
            if (refused != null) {
                refusals.add(refusal(template, frame.node(), refused));
            }
            List<TemplateTree.Child> children = TemplateTree.children(frame.node());
            for (int i = children.size() - 1; i >= 0; i--) {
                TemplateTree.Child child = children.get(i);
                work.push(new Frame(child.node(), child.role(), frame, frame.depth() + 1));
            }
        }
        refusals.sort(Comparator.comparingInt(TemplateRefusal::line).thenComparingInt(TemplateRefusal::column));
        return new Result(refusals, includes);
    }

    /** Why the node of {@code frame} is refused, or null when it may stay. */
    private static String refusal(Frame frame, String templateName, List<String> includes) {
        TemplateObject node = frame.node();
        String symbol = TemplateTree.symbol(node);
        String kind = node.getClass().getSimpleName();
        if (node instanceof TemplateElement element) {
            if (!ELEMENTS.contains(symbol)) {
                return shown(symbol) + " is not allowed in a pack template";
            }
            if (LOOPS.contains(symbol) && element.getChildCount() == 0) {
                return "this " + shown(symbol) + " has an empty body; a loop that writes nothing can still run for as "
                        + "long as its range, so it is refused";
            }
            if (symbol.equals("#include") || symbol.equals("#import")) {
                String name = staticString(TemplateTree.parameters(node).get(0));
                if (name != null) {
                    String folder = templateName.contains("/")
                            ? templateName.substring(0, templateName.lastIndexOf('/') + 1) : "";
                    String path = name.startsWith("/") ? name.substring(1) : folder + name;
                    if (!PackPaths.isInside(path)) {
                        return "the path '" + name + "' is not allowed; use a relative path inside the pack without "
                                + "'..'";
                    }
                    includes.add(path);
                }
            }
            return null;
        }
        if (TemplateTree.isBuiltIn(node)) {
            return builtInRefusal(frame, snakeCase(symbol.substring(1).replace("(...)", "")));
        }
        if (kind.equals("BuiltinVariable")) {
            String name = snakeCase(symbol.substring(1));
            return SPECIAL_VARIABLES.contains(name) ? null
                    : "the special variable ." + name + " is not available to pack templates";
        }
        if (kind.equals("Range") && !listedOrSliced(frame)) {
            return "a range (" + node.getCanonicalForm() + ") may only be listed with <#list> or used to slice "
                    + "(x[1..3]); turned into a sequence it could hold billions of items";
        }
        return null;
    }

    private static String builtInRefusal(Frame frame, String name) {
        String refused = REFUSED_BUILT_INS.get(name);
        if (refused != null) {
            return "?" + name + " is not allowed: " + refused;
        }
        if (!BUILT_INS.contains(name)) {
            return "?" + name + " is not among the built-ins a pack template may use";
        }
        if (!PADS.contains(name) && !FLAGS_ARGUMENT.containsKey(name)) {
            return null;
        }
        Frame call = frame.parent();
        if (call == null || !frame.role().equals("callee") || !TemplateTree.symbol(call.node()).equals("...(...)")) {
            return "?" + name + " must be called where it is written, such as ?" + name + "(...), so its arguments "
                    + "can be checked";
        }
        List<Object> arguments = TemplateTree.parameters(call.node());
        arguments = arguments.subList(1, arguments.size());
        if (PADS.contains(name)) {
            BigDecimal width = arguments.isEmpty() ? null : number(arguments.get(0));
            return width != null && width.compareTo(BigDecimal.valueOf(MAX_PAD_WIDTH)) <= 0 ? null
                    : "?" + name + " needs a literal width of at most " + MAX_PAD_WIDTH + ", such as ?" + name
                    + "(10); a computed width could ask for a billion characters";
        }
        int index = FLAGS_ARGUMENT.get(name);
        if (arguments.size() <= index) {
            return null;
        }
        String flags = staticString(arguments.get(index));
        if (flags == null) {
            return "the flags of ?" + name + " must be a literal string such as \"i\", so they can be checked";
        }
        return flags.indexOf('r') >= 0 ? "?" + name + " with the flag 'r' " + REGEX.substring(3) : null;
    }

    /** True when a range is the source of a {@code <#list>} or the key of a slice, parentheses aside. */
    private static boolean listedOrSliced(Frame frame) {
        Frame child = frame;
        Frame parent = frame.parent();
        while (parent != null && parent.node().getClass().getSimpleName().equals("ParentheticalExpression")) {
            child = parent;
            parent = parent.parent();
        }
        if (parent == null) {
            return false;
        }
        String symbol = TemplateTree.symbol(parent.node());
        return (LOOPS.contains(symbol) && child.role().equals("list source"))
                || (symbol.equals("...[...]") && child.role().equals("enclosed operand"));
    }

    /** The value of a number literal, or null when the expression is anything else. */
    private static BigDecimal number(Object expression) {
        if (expression instanceof TemplateObject node && node.getClass().getSimpleName().equals("NumberLiteral")) {
            try {
                return new BigDecimal(node.getCanonicalForm());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The text of a string literal without interpolations, or null when the expression is anything else. */
    private static String staticString(Object expression) {
        if (!(expression instanceof TemplateObject node) || !node.getClass().getSimpleName().equals("StringLiteral")
                || !TemplateTree.parameters(node).isEmpty()) {
            return null;
        }
        String literal = node.getCanonicalForm();
        boolean raw = literal.startsWith("r");
        String quoted = raw ? literal.substring(1) : literal;
        if (quoted.length() < 2) {
            return null;
        }
        String inner = quoted.substring(1, quoted.length() - 1);
        return raw ? inner : inner.replace("\\\"", "\"").replace("\\'", "'").replace("\\\\", "\\");
    }

    /** {@code evalJson} and {@code eval_json} alike: FreeMarker accepts both spellings of every name. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String shown(String symbol) {
        return symbol.startsWith("@") ? "<@...>" : "<" + symbol + ">";
    }

    private static TemplateRefusal refusal(Template template, TemplateObject node, String reason) {
        return new TemplateRefusal(template.getSourceName(), node.getBeginLine(), node.getBeginColumn(), reason);
    }
}
