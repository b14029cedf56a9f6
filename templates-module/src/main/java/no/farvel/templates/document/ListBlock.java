package no.farvel.templates.document;

import java.util.List;

/** Bullet list ({@code ordered == false}) or numbered list; each item is a list of blocks. */
public record ListBlock(boolean ordered, List<List<Block>> items) implements Block {
    /** Copies the items. */
    public ListBlock {
        items = items.stream().map(List::copyOf).toList();
    }
}
