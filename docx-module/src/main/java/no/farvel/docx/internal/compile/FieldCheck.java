package no.farvel.docx.internal.compile;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.farvel.docx.internal.compile.Expressions.Reference;
import no.farvel.templates.spi.LetterFields;
import no.farvel.templates.spi.LetterFields.Field;
import no.farvel.templates.spi.LetterFields.Kind;

/**
 * Checks every name a letter's tags read against the letter's fields when the pack is loaded, so that
 * {@code [=client.nmae]} is reported with its place in the document and a suggestion, rather than failing the first
 * letter that reaches it. Loop variables take the fields of the list's elements: {@code [=reason.detail]} inside
 * {@code [#list reasons as reason]}.
 */
final class FieldCheck {
    private static final Pattern LIST = Pattern.compile("(?s)(.*?)\\s+as\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*)"
            + "(?:\\s*,\\s*([\\p{L}_$][\\p{L}\\p{N}_$]*))?\\s*");
    private static final Pattern DECLARATION = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");
    /** A name bound to something whose fields are not known (a macro parameter, an assigned value). */
    private static final Field ANYTHING = new Field("?", Kind.FUNCTION, "", List.of());

    private final LetterFields fields;
    private final Problems problems;
    private final Map<String, Field> globals = new HashMap<>();
    private final Deque<Map<String, Field>> scopes = new ArrayDeque<>();
    private final Deque<Construct> open = new ArrayDeque<>();
    private final Map<Construct, Field> listElements = new HashMap<>();

    FieldCheck(LetterFields fields, Problems problems, List<Tag> allTags) {
        this.fields = fields;
        this.problems = problems;
        for (Tag tag : allTags) {
            if ((tag.name.equals("macro") || tag.name.equals("function")) && tag.shape == Tag.Shape.OPEN) {
                Matcher name = DECLARATION.matcher(tag.parameters);
                if (name.lookingAt()) {
                    globals.put(name.group(), ANYTHING); // macros and functions are known before they appear
                }
            }
        }
    }

    /** Checks an item, in document order, so that loop variables are known where they are used. */
    void check(Item item) {
        if (item instanceof Item.Field field) {
            expression(field.expression(), field.where(), field.from(), field.to(), true);
        } else if (item instanceof Tag tag) {
            tag(tag);
        }
    }

    private void tag(Tag tag) {
        switch (tag.shape) {
            case OPEN -> {
                scopes.push(new HashMap<>());
                open.push(tag.construct);
                open(tag);
            }
            case CLOSE -> {
                if (!scopes.isEmpty()) {
                    scopes.pop();
                    open.pop();
                }
            }
            case MIDDLE -> {
                if (!tag.name.equals("else") && !tag.name.equals("default") && !tag.name.equals("recover")) {
                    condition(tag);
                }
            }
            case STANDALONE -> standalone(tag);
            default -> {
                // Notes are not read.
            }
        }
    }

    private void open(Tag tag) {
        switch (tag.name) {
            case "list" -> list(tag);
            case "items" -> {
                Matcher as = Pattern.compile("\\s*as\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*").matcher(tag.parameters);
                Construct list = open.stream().filter(c -> c.open().name.equals("list")).findFirst().orElse(null);
                if (as.matches()) {
                    scopes.peek().put(as.group(1), list == null ? ANYTHING : listElements.getOrDefault(list, ANYTHING));
                }
            }
            case "if", "switch" -> condition(tag);
            case "macro", "function" -> {
                Matcher names = DECLARATION.matcher(tag.parameters.replaceAll("=[^\\s]+", ""));
                boolean first = true;
                while (names.find()) {
                    if (!first) {
                        scopes.peek().put(names.group(), ANYTHING);
                    }
                    first = false;
                }
            }
            case "assign", "local", "global" -> declare(tag.parameters.strip());
            default -> {
                if (tag.name.startsWith("@")) {
                    call(tag);
                }
            }
        }
    }

    private void standalone(Tag tag) {
        switch (tag.name) {
            case "assign", "local", "global" -> {
                Matcher target = Pattern.compile("([\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*(?:[-+*/%]?=|\\+\\+|--)")
                        .matcher(tag.parameters);
                while (target.find()) {
                    declare(target.group(1));
                }
                references(Expressions.assignmentReferences(tag.parameters), tag);
            }
            case "import" -> {
                Matcher as = Pattern.compile(".*\\sas\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*").matcher(tag.parameters);
                if (as.matches()) {
                    declare(as.group(1));
                }
            }
            case "return" -> references(Expressions.references(tag.parameters), tag);
            default -> {
                if (tag.name.startsWith("@")) {
                    call(tag);
                }
            }
        }
    }

    private void call(Tag tag) {
        String macro = tag.name.substring(1);
        if (!known(macro)) {
            problems.add(tag.where, tag.from, tag.to, tag.written() + " calls " + macro + ", which is not defined; define"
                    + " it with [#macro " + macro + "]…[/#macro]");
        }
        references(Expressions.assignmentReferences(tag.parameters), tag);
    }

    private void declare(String name) {
        if (DECLARATION.matcher(name).matches()) {
            globals.put(name, ANYTHING);
        }
    }

    private void list(Tag tag) {
        Matcher list = LIST.matcher(tag.parameters);
        String source = list.matches() ? list.group(1) : tag.parameters;
        Optional<Field> listed = expression(source, tag.where, tag.from, tag.to, false);
        Field element = ANYTHING;
        if (listed.isPresent()) {
            Field field = listed.get();
            if (field.kind() != Kind.LIST && field != ANYTHING) {
                problems.add(tag.where, tag.from, tag.to, tag.written() + ": " + source.strip() + " is "
                        + describe(field) + ", not a list, so it cannot be repeated");
            } else if (field.kind() == Kind.LIST) {
                element = field.fields().isEmpty() ? new Field(field.name(), Kind.TEXT, field.example(), List.of())
                        : new Field(field.name(), Kind.GROUP, "", field.fields());
            }
        }
        listElements.put(tag.construct, element);
        if (list.matches()) {
            scopes.peek().put(list.group(2), list.group(3) == null ? element : ANYTHING);
            if (list.group(3) != null) {
                scopes.peek().put(list.group(3), ANYTHING);
            }
        }
    }

    private void condition(Tag tag) {
        Optional<Field> tested = expression(tag.parameters, tag.where, tag.from, tag.to, false);
        if (!tag.name.equals("switch") && !tag.name.equals("case") && !tag.name.equals("on") && tested.isPresent()
                && tested.get() != ANYTHING && tested.get().kind() != Kind.YES_NO) {
            problems.add(tag.where, tag.from, tag.to, tag.written() + " needs yes or no, but " + tag.parameters.strip()
                    + " is " + describe(tested.get()) + "; to test that it is not empty write [#" + tag.name + " "
                    + tag.parameters.strip() + "?has_content]");
        }
    }

    /** Checks an expression's names; returns the field it is when it is exactly one known name. */
    private Optional<Field> expression(String expression, Where where, int from, int to, boolean printed) {
        Field whole = null;
        for (Reference reference : Expressions.references(expression)) {
            Field field = resolve(reference, where, from, to);
            if (field == null) {
                continue;
            }
            if (reference.whole()) {
                whole = field;
                if (printed && (field.kind() == Kind.LIST || field.kind() == Kind.GROUP)) {
                    problems.add(where, from, to, printable(reference, field));
                }
            }
        }
        return Optional.ofNullable(whole);
    }

    private void references(List<Reference> references, Tag tag) {
        references.forEach(reference -> resolve(reference, tag.where, tag.from, tag.to));
    }

    /** The field a name reads, or null when it is not there (reported) or not known in detail. */
    private Field resolve(Reference reference, Where where, int from, int to) {
        String root = reference.parts().get(0);
        Field field = local(root);
        if (field == null) {
            field = globals.get(root);
        }
        if (field == null) {
            field = fields.field(root).orElse(null);
        }
        if (field == null) {
            problems.add(where, from, to, "there is no field '" + root + "'" + suggestion(root, "", fields.fields())
                    + "; the letter's fields begin with " + names(fields.fields()));
            return null;
        }
        for (int i = 1; i < reference.parts().size(); i++) {
            if (field == ANYTHING) {
                return ANYTHING;
            }
            String name = reference.parts().get(i);
            String path = String.join(".", reference.parts().subList(0, i));
            if (field.kind() == Kind.LIST) {
                problems.add(where, from, to, path + " is a list: repeat over it with [#list " + path + " as item]"
                        + " and write [=item." + name + "] inside");
                return null;
            }
            if (field.kind() != Kind.GROUP) {
                problems.add(where, from, to, path + " is " + describe(field) + " and has no field '" + name + "'");
                return null;
            }
            Optional<Field> child = field.field(name);
            if (child.isEmpty()) {
                problems.add(where, from, to, "there is no field '" + path + "." + name + "'"
                        + suggestion(name, path + ".", field.fields()) + "; " + path + " has " + names(field.fields()));
                return null;
            }
            field = child.get();
        }
        return field;
    }

    private Field local(String name) {
        for (Map<String, Field> scope : scopes) {
            if (scope.containsKey(name)) {
                return scope.get(name);
            }
        }
        return null;
    }

    private boolean known(String name) {
        return local(name) != null || globals.containsKey(name) || fields.field(name).isPresent();
    }

    private static String printable(Reference reference, Field field) {
        if (field.kind() == Kind.LIST) {
            String element = field.fields().isEmpty() ? "" : "." + field.fields().get(0).name();
            return reference.dotted() + " is a list and cannot be printed as it is: repeat over it with [#list "
                    + reference.dotted() + " as item] and write [=item" + element + "] inside";
        }
        return reference.dotted() + " is a group of fields (" + names(field.fields()) + "); print one of them, such"
                + " as [=" + reference.dotted() + "." + field.fields().get(0).name() + "]";
    }

    private static String describe(Field field) {
        return switch (field.kind()) {
            case TEXT -> "text";
            case YES_NO -> "yes or no";
            case LIST -> "a list";
            case GROUP -> "a group of fields";
            case FUNCTION -> "a function";
        };
    }

    private static String names(List<Field> fields) {
        return fields.stream().map(Field::name).collect(Collectors.joining(", "));
    }

    /** " (did you mean 'client.name'?)" for the nearest name a few edits away, or nothing. */
    private static String suggestion(String wrong, String prefix, List<Field> candidates) {
        return candidates.stream().map(Field::name)
                .filter(name -> distance(name.toLowerCase(), wrong.toLowerCase()) <= Math.max(1, wrong.length() / 3))
                .min(Comparator.comparingInt(name -> distance(name, wrong)))
                .map(name -> " (did you mean '" + prefix + name + "'?)").orElse("");
    }

    /** Edits from one name to the other, a swap of two neighbouring letters counting as one (a typing slip). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
