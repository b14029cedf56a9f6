package no.farvel.templates.document;

import java.util.List;

/**
 * Generic container with a class, such as {@code section class="signature"}, and the role the template marked it with
 * or null; renderers may style it by class and ignore the role.
 */
public record Division(String cssClass, String role, List<Block> blocks) implements Block {
    /** Copies the blocks. */
    public Division {
        blocks = List.copyOf(blocks);
    }

    /** A division without a role. */
    public Division(String cssClass, List<Block> blocks) {
        this(cssClass, null, blocks);
    }

    /** Whether this division carries the given class. */
    public boolean hasClass(String name) {
        return cssClass != null && List.of(cssClass.split("\\s+")).contains(name);
    }
}
