package no.farvel.templates.internal.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import no.farvel.templates.document.Image;
import no.farvel.templates.spi.PackImage;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/**
 * Images of one letter, read from the pack once each and made fit for PDF/A-1 (which forbids transparency). An image
 * over the pixel limit is refused by its header, before it is decoded.
 */
final class PackImages {
    private static final float POINTS_PER_MM = 72f / 25.4f;

    private final PackResources resources;
    private final long maxPixels;
    private final Map<String, com.lowagie.text.Image> loaded = new HashMap<>();

    PackImages(PackResources resources, long maxPixels) {
        this.resources = resources;
        this.maxPixels = maxPixels;
    }

    /** The image at {@code image.src()}, scaled to {@code image.widthMm()} when that is set. */
    com.lowagie.text.Image image(Image image) throws IOException {
        com.lowagie.text.Image original = loaded.get(image.src());
        if (original == null) {
            original = load(image.src());
            loaded.put(image.src(), original);
        }
        com.lowagie.text.Image copy = com.lowagie.text.Image.getInstance(original);
        if (image.widthMm() > 0) {
            float width = (float) image.widthMm() * POINTS_PER_MM;
            copy.scaleAbsolute(width, width * original.getHeight() / original.getWidth());
        }
        return copy;
    }

    private com.lowagie.text.Image load(String src) throws IOException {
        byte[] bytes = PackImage.read(resources, src, maxPixels).bytes();
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
            if (decoded != null && decoded.getColorModel().hasAlpha()) {
                // PDF/A-1 forbids soft masks: flatten transparent logos onto the white paper they will be printed on.
                return com.lowagie.text.Image.getInstance(flatten(decoded), null);
            }
            return com.lowagie.text.Image.getInstance(bytes);
        } catch (IOException | RuntimeException e) {
            throw new RenderException("The image '" + src + "' in pack '" + resources.name()
                    + "' could not be read (" + e.getMessage() + "); use a PNG or JPEG file.", e);
        }
    }

    private static BufferedImage flatten(BufferedImage source) {
        BufferedImage opaque = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = opaque.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, source.getWidth(), source.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return opaque;
    }
}
