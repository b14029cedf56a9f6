package no.farvel.templates.document;

import java.util.List;

/** Generic container with a class, such as {@code section class="signature"}; renderers may style it by class. */
public record Division(String cssClass, List<Block> blocks) implements Block {
    /** Copies the blocks. */
    public Division {
        blocks = List.copyOf(blocks);
    }

    /** Whether this division carries the given class. */
    public boolean hasClass(String name) {
        return cssClass != null && List.of(cssClass.split("\\s+")).contains(name);
    }
}
