package no.farvel.templates.document;

import java.util.List;
import java.util.Set;

/**
 * Generic container with a class, such as {@code section class="signature"}, the role the template marked it with or
 * null, and the page-break hints of its {@code data-keep}; renderers may style it by class and ignore the role.
 */
public record Division(String cssClass, String role, Set<Keep> keep, List<Block> blocks) implements Block {
    /** Copies the hints and the blocks. */
    public Division {
        keep = keep == null ? Set.of() : Set.copyOf(keep);
        blocks = List.copyOf(blocks);
    }

    /** A division without page-break hints. */
    public Division(String cssClass, String role, List<Block> blocks) {
        this(cssClass, role, Set.of(), blocks);
    }

    /** A division without a role or hints. */
    public Division(String cssClass, List<Block> blocks) {
        this(cssClass, null, blocks);
    }

    /** Whether this division carries the given class. */
    public boolean hasClass(String name) {
        return cssClass != null && List.of(cssClass.split("\\s+")).contains(name);
    }

    /** The same division holding other blocks. */
    public Division withBlocks(List<Block> newBlocks) {
        return new Division(cssClass, role, keep, newBlocks);
    }
}
