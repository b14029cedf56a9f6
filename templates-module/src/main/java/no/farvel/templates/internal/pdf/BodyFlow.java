package no.farvel.templates.internal.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import no.farvel.templates.document.Block;
import no.farvel.templates.document.Division;
import no.farvel.templates.document.Heading;
import no.farvel.templates.document.ListBlock;
import no.farvel.templates.document.Pagination;
import no.farvel.templates.document.Paragraph;
import no.farvel.templates.document.Rule;
import no.farvel.templates.document.Table;
import no.farvel.templates.internal.pdf.FlowPart.Slice;
import no.farvel.templates.spi.LetterLayout;
import no.farvel.templates.spi.RenderException;

/**
 * Turns the body's blocks into the slices the {@link PageBreaker} places, marking before which of them a page may
 * break by the rules of {@link Pagination}: lines of a paragraph, rows of a table, whole headings, and the signature
 * as one unit with room to sign above the signatory. The blocks are laid out one by one as their slices are asked
 * for, so that measuring whether a letter fits on its first page lays out no more than that page. Each slice also
 * tells how little room it would take in a closer spacing, so that a letter that cannot fit its first page even so
 * need not be laid out again to tell.
 */
final class BodyFlow {
    private static final float MM = (float) LetterLayout.POINTS_PER_MM;

    private final List<Block> body;
    private final BlockWriter writer;
    private final LetterLayout.Spacing closer;
    private final float left;
    private final float right;
    private final List<Slice> slices = new ArrayList<>();
    /** Room the next part leaves above it: the space after the part before plus its own space before. */
    private float pendingSpace;
    /** The same room in the closer spacing. */
    private float pendingCloserSpace;
    /** Whether the next slice must stay on the page of the one before it. */
    private boolean tied;
    /** The first of the body's blocks not laid out yet. */
    private int next;

    private BodyFlow(List<Block> body, BlockWriter writer, LetterLayout.Spacing closer, float left, float right) {
        this.body = body;
        this.writer = writer;
        this.closer = closer;
        this.left = left;
        this.right = right;
    }

    /**
     * The slices of {@code body}, laid out between {@code left} and {@code right} when they are asked for, with their
     * least room in the {@code closer} spacing (whose lines are no taller than the writer's).
     */
    static BodyFlow of(List<Block> body, BlockWriter writer, LetterLayout.Spacing closer, float left, float right) {
        if (closer.lineHeight() > writer.spacing().lineHeight()) {
            throw new IllegalArgumentException("The closer spacing's lines must not be taller than the writer's");
        }
        return new BodyFlow(body, writer, closer, left, right);
    }

    /**
     * Whether the body has a slice at {@code index}, laying out blocks until it does. A block's slices are final
     * once it is laid out, keep rules included.
     */
    boolean has(int index) throws IOException {
        while (slices.size() <= index && next < body.size()) {
            block(body.get(next), 0);
            tied = Pagination.keepsWithNext(body, next);
            next++;
        }
        return index < slices.size();
    }

    /** The slice at {@code index}, once {@link #has} has said it exists. */
    Slice slice(int index) {
        return slices.get(index);
    }

    /**
     * The least height the slice at {@code index} ({@link #has} has said it exists) takes in the closer spacing: the
     * slices of a part add up to no more than the part's height there, however that layout slices it.
     */
    float leastCloserHeight(int index) {
        Slice slice = slices.get(index);
        return slice.part().leastHeight(slice.index(), closer.lineHeight() / spacing().lineHeight());
    }

    /** All the body's slices. */
    List<Slice> all() throws IOException {
        has(Integer.MAX_VALUE);
        return slices;
    }

    private void blocks(List<Block> blocks, float indent) throws IOException {
        for (int i = 0; i < blocks.size(); i++) {
            block(blocks.get(i), indent);
            tied = Pagination.keepsWithNext(blocks, i);
        }
    }

    private void block(Block block, float indent) throws IOException {
        int first = slices.size();
        if (block instanceof Paragraph paragraph) {
            text(writer.paragraph(paragraph.inlines(), writer.base(), Element.ALIGN_LEFT), indent, null, 0);
            space(LetterLayout.Spacing::paragraphSpace);
        } else if (block instanceof Heading heading) {
            addSpace(spacing -> spacing.spaceBefore(heading.level()));
            text(writer.heading(heading), indent, null, 0);
            space(spacing -> spacing.spaceAfter(heading.level()));
        } else if (block instanceof ListBlock list) {
            list(list, indent);
        } else if (block instanceof Table table) {
            table(table, indent);
        } else if (block instanceof Rule) {
            add(new RulePart(left + indent, right, writer.accent()), 0, RulePart.HEIGHT, false);
            space(LetterLayout.Spacing::paragraphSpace);
        } else if (block instanceof Division division) {
            if (Pagination.isSignature(division)) {
                signature(division, indent);
            } else {
                blocks(division.blocks(), indent);
            }
        } else {
            throw new RenderException("The PDF renderer cannot draw the block node "
                    + block.getClass().getSimpleName() + "; add it to " + getClass().getName() + ".");
        }
        if (Pagination.keepsTogether(block)) {
            for (int i = first + 1; i < slices.size(); i++) {
                slices.set(i, slices.get(i).tied());
            }
        }
    }

    private void text(com.lowagie.text.Paragraph paragraph, float indent, com.lowagie.text.Phrase marker,
                      float markerIndent) {
        TextPart part = new TextPart(paragraph, left + indent + markerIndent, right, marker, left + indent);
        int count = part.sliceCount();
        for (int i = 0; i < count; i++) {
            add(part, i, part.sliceHeight(), i > 0 && !Pagination.breaksBeforeLine(count, i));
        }
    }

    private void list(ListBlock list, float indent) throws IOException {
        float markerIndent = writer.markerIndent(list.ordered());
        int number = 1;
        for (List<Block> item : list.items()) {
            if (number > 1) {
                space(LetterLayout.Spacing::listItemSpace);
            }
            com.lowagie.text.Phrase marker = writer.marker(list.ordered(), number++);
            for (int i = 0; i < item.size(); i++) {
                Block block = item.get(i);
                if (i == 0 && block instanceof Paragraph first) {
                    text(writer.paragraph(first.inlines(), writer.base(), Element.ALIGN_LEFT), indent, marker,
                            markerIndent);
                    space(spacing -> 0);
                } else {
                    block(block, indent + markerIndent);
                }
                tied = Pagination.keepsWithNext(item, i);
            }
        }
        space(LetterLayout.Spacing::paragraphSpace);
    }

    private void table(Table table, float indent) throws IOException {
        TablePart part = new TablePart(writer.table(table), left + indent, right - left - indent,
                writer.leading((float) LetterLayout.TABLE_SIZE));
        addSpace(spacing -> LetterLayout.TABLE_SPACE_BEFORE);
        int count = part.sliceCount();
        for (int i = 0; i < count; i++) {
            add(part, i, part.sliceHeight(i), i > 0 && !Pagination.breaksBeforeRow(table, i));
        }
        space(LetterLayout.Spacing::paragraphSpace);
    }

    /**
     * The closing, then room to sign, then the signatory (the last paragraph): one unit, tied to the block before it
     * by {@link Pagination}. The room is measured from the closing's lowest descender to the top of the
     * signatory's capitals.
     */
    private void signature(Division signature, float indent) throws IOException {
        List<Block> blocks = signature.blocks();
        addSpace(LetterLayout.Spacing::signatureSpaceBefore);
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0 && i == blocks.size() - 1) {
                space(this::signingRoom);
            }
            block(blocks.get(i), indent);
        }
    }

    /** The space above the signatory's line box that leaves the spacing's room to sign clear. */
    private float signingRoom(LetterLayout.Spacing spacing) {
        BaseFont face = writer.inlines().fonts().regular();
        float size = writer.base().size();
        float capHeight = face.getFontDescriptor(BaseFont.CAPHEIGHT, size);
        float descent = -face.getFontDescriptor(BaseFont.DESCENT, size);
        float leading = (float) (size * spacing.lineHeight());
        // Baselines sit at the foot of each line box: the closing's descenders hang below it, and the signatory's
        // capitals reach capHeight above its own baseline, one leading below the top of its box.
        return (float) (spacing.signatureSpaceMm() * MM) + descent + capHeight - leading;
    }

    private LetterLayout.Spacing spacing() {
        return writer.spacing();
    }

    /** Sets the room the next part leaves above it, in this flow's spacing and in the closer one. */
    private void space(ToDoubleFunction<LetterLayout.Spacing> room) {
        pendingSpace = (float) room.applyAsDouble(spacing());
        pendingCloserSpace = (float) room.applyAsDouble(closer);
    }

    /** Adds to the room the next part leaves above it, in this flow's spacing and in the closer one. */
    private void addSpace(ToDoubleFunction<LetterLayout.Spacing> room) {
        pendingSpace += (float) room.applyAsDouble(spacing());
        pendingCloserSpace += (float) room.applyAsDouble(closer);
    }

    private void add(FlowPart part, int index, float height, boolean tiedInside) {
        boolean first = index == 0;
        slices.add(new Slice(part, index, height, first ? pendingSpace : 0, first ? pendingCloserSpace : 0,
                first ? !tied && !slices.isEmpty() : !tiedInside));
        if (first) {
            space(spacing -> 0);
            tied = false;
        }
    }
}
