package no.farvel.templates.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The names a letter template can use ({@code client.name}, {@code reasons}, …), each with what it holds and an
 * example, so that a compiler can refuse a misspelt field when the pack is loaded rather than when a letter needs it.
 *
 * @param fields the top-level names, sorted
 */
public record LetterFields(List<Field> fields) {
    public LetterFields {
        fields = List.copyOf(fields);
    }

    /** The top-level field of that name. */
    public Optional<Field> field(String name) {
        return find(fields, name);
    }

    /** Every field by its dotted path, depth first ({@code client}, {@code client.name}, …); list elements count as one. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        collect(fields, "", paths);
        return paths;
    }

    private static void collect(List<Field> fields, String prefix, List<String> into) {
        for (Field field : fields) {
            into.add(prefix + field.name());
            collect(field.fields(), prefix + field.name() + ".", into);
        }
    }

    static Optional<Field> find(List<Field> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** What a field holds. */
    public enum Kind {
        /** Text, already formatted for the letter (dates, amounts). */
        TEXT,
        /** True or false, for {@code [#if …]}. */
        YES_NO,
        /** A list to repeat over with {@code [#list …]}; its {@link Field#fields()} are those of each element. */
        LIST,
        /** A group of named fields. */
        GROUP,
        /** A function to call, such as {@code msg("key")}. */
        FUNCTION
    }

    /**
     * One name.
     *
     * @param fields the fields of a group, or of each element of a list of groups; empty otherwise
     * @param example a value as a letter might show it, or an empty string
     */
    public record Field(String name, Kind kind, String example, List<Field> fields) {
        public Field {
            Objects.requireNonNull(name, "The parameter 'name' must not be null");
            Objects.requireNonNull(kind, "The parameter 'kind' must not be null");
            example = example == null ? "" : example;
            fields = List.copyOf(fields);
        }

        /** The field of this group (or of this list's elements) with that name. */
        public Optional<Field> field(String name) {
            return find(fields, name);
        }
    }
}
