package no.farvel.templates.spi;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import no.farvel.templates.pack.PackLimits;

/**
 * A PNG or JPEG image from a pack, its size read from the file's header. An image with more pixels than the limit is
 * refused before anything decodes it: a 200 KB PNG can unpack to gigabytes.
 */
public final class PackImage {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String path;
    private final String mediaType;
    private final int width;
    private final int height;
    private final byte[] bytes;

    private PackImage(String path, String mediaType, int width, int height, byte[] bytes) {
        this.path = path;
        this.mediaType = mediaType;
        this.width = width;
        this.height = height;
        this.bytes = bytes;
    }

    /**
     * Reads the image at {@code path} from the pack and checks its header.
     *
     * @throws RenderException naming pack and path when it is neither PNG nor JPEG, or its header is broken
     * @throws LimitExceededException when it has more than {@code maxPixels} pixels
     */
    public static PackImage read(PackResources resources, String path, long maxPixels) throws IOException {
        Objects.requireNonNull(resources, "The parameter 'resources' must not be null");
        Objects.requireNonNull(path, "The parameter 'path' must not be null");
        return of(resources.name(), path, resources.read(path), maxPixels);
    }

    /** Checks the header of image bytes that came from the pack {@code pack}, file {@code path}. */
    public static PackImage of(String pack, String path, byte[] bytes, long maxPixels) {
        PackImage image = startsWith(bytes, PNG_SIGNATURE) ? png(pack, path, bytes)
                : bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 ? jpeg(pack, path, bytes)
                : null;
        if (image == null) {
            throw new RenderException("Pack '" + pack + "': image '" + path + "' is not a PNG or JPEG file");
        }
        long pixels = (long) image.width * image.height;
        if (pixels > maxPixels) {
            throw new LimitExceededException("imagePixels", "Pack '" + pack + "': image '" + path + "' is "
                    + image.width + " × " + image.height + " pixels (" + String.format(Locale.ROOT, "%,d", pixels)
                    + "), more than the limit of " + String.format(Locale.ROOT, "%,d", maxPixels) + " pixels "
                    + "(imagePixels); scale it down, or " + PackLimits.howToRaise("imagePixels"));
        }
        return image;
    }

    /** The pack path of the image. */
    public String path() {
        return path;
    }

    /** {@code image/png} or {@code image/jpeg}. */
    public String mediaType() {
        return mediaType;
    }

    /** Width in pixels, as the header says. */
    public int width() {
        return width;
    }

    /** Height in pixels, as the header says. */
    public int height() {
        return height;
    }

    /** The file's bytes; a copy. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** PNG: the signature, then the IHDR chunk with width and height as unsigned 32-bit numbers. */
    private static PackImage png(String pack, String path, byte[] bytes) {
        if (bytes.length < 24 || !"IHDR".equals(new String(bytes, 12, 4, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw broken(pack, path, "PNG", "no IHDR chunk where the PNG header must be");
        }
        long width = u32(bytes, 16);
        long height = u32(bytes, 20);
        if (width == 0 || height == 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw broken(pack, path, "PNG", "a width or height of " + width + " × " + height);
        }
        return new PackImage(path, "image/png", (int) width, (int) height, bytes);
    }

    /** JPEG: segments from the start of the file up to the first start-of-frame marker, which holds the size. */
    private static PackImage jpeg(String pack, String path, byte[] bytes) {
        int at = 2;
        while (at + 4 <= bytes.length) {
            if ((bytes[at] & 0xff) != 0xff) {
                throw broken(pack, path, "JPEG", "a segment that does not start with a marker at byte " + at);
            }
            int marker = bytes[at + 1] & 0xff;
            if (marker == 0xff) {
                at++; // fill byte
                continue;
            }
            if (marker == 0x01 || marker >= 0xd0 && marker <= 0xd7) {
                at += 2; // markers without a length
                continue;
            }
            int length = (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
            if (length < 2) {
                throw broken(pack, path, "JPEG", "a segment of length " + length);
            }
            boolean startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8
                    && marker != 0xcc;
            if (startOfFrame) {
                if (at + 9 > bytes.length || length < 7) {
                    throw broken(pack, path, "JPEG", "a frame header cut short");
                }
                int height = (bytes[at + 5] & 0xff) << 8 | bytes[at + 6] & 0xff;
                int width = (bytes[at + 7] & 0xff) << 8 | bytes[at + 8] & 0xff;
                if (width == 0 || height == 0) {
                    throw broken(pack, path, "JPEG", "a width or height of 0");
                }
                return new PackImage(path, "image/jpeg", width, height, bytes);
            }
            if (marker == 0xda || marker == 0xd9) {
                break; // image data or the end, and no frame header before it
            }
            at += 2 + length;
        }
        throw broken(pack, path, "JPEG", "no frame header that gives its size");
    }

    private static RenderException broken(String pack, String path, String format, String what) {
        return new RenderException("Pack '" + pack + "': image '" + path + "' is not a readable " + format + " file ("
                + what + ")");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long u32(byte[] bytes, int at) {
        return (bytes[at] & 0xffL) << 24 | (bytes[at + 1] & 0xffL) << 16 | (bytes[at + 2] & 0xffL) << 8
                | bytes[at + 3] & 0xffL;
    }
}
