package no.farvel.docx.internal.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the names a FreeMarker expression reads, such as {@code client.name} in
 * {@code client.name?upper_case!"–"}, so they can be checked against the letter's fields before any letter is written.
 * Built-ins ({@code ?has_content}), special variables ({@code .now}), strings, numbers and lambda parameters are
 * not names.
 */
final class Expressions {
    private static final Set<String> KEYWORDS = Set.of("true", "false", "gt", "gte", "lt", "lte", "as", "in",
            "using");

    private Expressions() {
    }

    /**
     * A name read: {@code parts} such as [client, name].
     *
     * @param called whether the name is called, as in {@code msg("x")}
     * @param whole whether the path is the entire expression, as in {@code [=reasons]}
     */
    record Reference(List<String> parts, boolean called, boolean whole) {
        String dotted() {
            return String.join(".", parts);
        }
    }

    /** Every name the expression reads, in order. */
    static List<Reference> references(String expression) {
        return references(expression, false);
    }

    /**
     * Every name read by the parameters of {@code [#assign x = …]} or a macro call {@code [@m a=…]}, where a name
     * before {@code =} is being set, not read.
     */
    static List<Reference> assignmentReferences(String parameters) {
        return references(parameters, true);
    }

    private static List<Reference> references(String expression, boolean assignments) {
        Set<String> lambdaParameters = lambdaParameters(expression);
        List<Reference> references = new ArrayList<>();
        int tokens = 0;
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            tokens++;
            if (c == '"' || c == '\'') {
                i = skipString(expression, i, i > 0 && expression.charAt(i - 1) == 'r');
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isDigit(expression.charAt(i)) || expression.charAt(i) == '.'
                        && i + 1 < n && Character.isDigit(expression.charAt(i + 1)))) {
                    i++;
                }
            } else if (c == '?' && i + 1 < n && expression.charAt(i + 1) == '?') {
                i += 2;
            } else if (c == '?') {
                i = skipName(expression, i + 1); // a built-in: ?has_content
                i = skipMembers(expression, i);
            } else if (c == '.' && i + 1 < n && expression.charAt(i + 1) == '.') {
                i += 2; // a range: 1..3
            } else if (c == '.') {
                i = skipMembers(expression, skipName(expression, i + 1)); // a special variable: .now
            } else if (isNameStart(c)) {
                int start = i;
                List<String> parts = new ArrayList<>();
                i = skipName(expression, i);
                parts.add(expression.substring(start, i));
                while (i + 1 < n && expression.charAt(i) == '.' && isNameStart(expression.charAt(i + 1))) {
                    int part = i + 1;
                    i = skipName(expression, part);
                    parts.add(expression.substring(part, i));
                }
                int after = skipSpaces(expression, i);
                boolean assigned = after < n && (assignments && parts.size() == 1 && isAssignment(expression, after)
                        || expression.startsWith("->", after));
                String root = parts.get(0);
                if (!KEYWORDS.contains(root) && !lambdaParameters.contains(root) && !assigned) {
                    boolean called = after < n && expression.charAt(after) == '(';
                    references.add(new Reference(List.copyOf(parts), called, false));
                }
            } else {
                i++;
            }
        }
        if (tokens == 1 && references.size() == 1) {
            Reference only = references.get(0);
            return List.of(new Reference(only.parts(), only.called(), !only.called()));
        }
        return references;
    }

    /** The names given to lambdas in the expression: {@code x} in {@code items?filter(x -> x.ok)}. */
    private static Set<String> lambdaParameters(String expression) {
        Set<String> names = new HashSet<>();
        int arrow = expression.indexOf("->");
        while (arrow > 0) {
            int end = arrow;
            while (end > 0 && Character.isWhitespace(expression.charAt(end - 1))) {
                end--;
            }
            if (end > 0 && expression.charAt(end - 1) == ')') {
                int open = expression.lastIndexOf('(', end);
                for (String name : expression.substring(open + 1, end - 1).split(",")) {
                    names.add(name.strip());
                }
            } else {
                int start = end;
                while (start > 0 && (Character.isLetterOrDigit(expression.charAt(start - 1))
                        || expression.charAt(start - 1) == '_')) {
                    start--;
                }
                names.add(expression.substring(start, end));
            }
            arrow = expression.indexOf("->", arrow + 2);
        }
        return names;
    }

    private static boolean isAssignment(String s, int at) {
        for (String operator : List.of("+=", "-=", "*=", "/=", "%=", "++", "--")) {
            if (s.startsWith(operator, at)) {
                return true;
            }
        }
        return s.startsWith("=", at) && !s.startsWith("==", at);
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$' || c == '@';
    }

    private static int skipName(String s, int i) {
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$'
                || s.charAt(i) == '@')) {
            i++;
        }
        return i;
    }

    /** After a built-in or special variable, {@code .name} parts belong to it, not to a field. */
    private static int skipMembers(String s, int i) {
        while (i + 1 < s.length() && s.charAt(i) == '.' && isNameStart(s.charAt(i + 1))) {
            i = skipName(s, i + 1);
        }
        return i;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipString(String s, int start, boolean raw) {
        char quote = s.charAt(start);
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && !raw) {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return s.length();
    }
}
