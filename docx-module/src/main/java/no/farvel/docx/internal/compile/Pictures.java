package no.farvel.docx.internal.compile;

import java.util.LinkedHashMap;
import java.util.Map;
import no.farvel.templates.spi.LimitExceededException;
import no.farvel.templates.spi.PackImage;
import no.farvel.templates.spi.RenderException;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;

/**
 * The pictures a document embeds, as files of the compiled letter under the document's own path
 * ({@code letter_nb.docx/media/image1.png}), each once however often it appears. Only PNG and JPEG are taken: the
 * PDF, the Word document and the e-mail all show those. Their size is read from the header and held to
 * {@code imagePixels} before anything decodes them, as for any image of a pack.
 */
final class Pictures {
    private final String pack;
    private final String documentPath;
    private final long maxPixels;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    Pictures(String pack, String documentPath, long maxPixels) {
        this.pack = pack;
        this.documentPath = documentPath;
        this.maxPixels = maxPixels;
    }

    /**
     * The letter's path for the picture a part refers to by relationship id.
     *
     * @throws IllegalArgumentException with a message for the author when it is missing or not PNG or JPEG
     * @throws no.farvel.templates.spi.LimitExceededException when it has more than {@code imagePixels} pixels
     */
    String add(POIXMLDocumentPart part, String relationshipId) {
        POIXMLDocumentPart related = relationshipId == null ? null : part.getRelationById(relationshipId);
        if (!(related instanceof XWPFPictureData picture)) {
            throw new IllegalArgumentException("a picture is linked rather than embedded, or missing from the file;"
                    + " insert it again with Insert ▸ Pictures ▸ This Device");
        }
        String name = picture.getPackagePart().getPartName().getName();
        String file = name.substring(name.lastIndexOf('/') + 1);
        byte[] bytes = picture.getData();
        if (!isPng(bytes) && !isJpeg(bytes)) {
            throw new IllegalArgumentException("the picture " + file + " is not PNG or JPEG; save it as PNG and insert"
                    + " it again");
        }
        String path = documentPath + "/media/" + file;
        try {
            PackImage.of(pack, path, bytes, maxPixels);
        } catch (LimitExceededException tooLarge) {
            throw tooLarge;
        } catch (RenderException broken) {
            throw new IllegalArgumentException("the picture " + file + " cannot be read ("
                    + broken.getMessage().replace("Pack '" + pack + "': ", "") + "); save it as PNG and insert it again");
        }
        files.putIfAbsent(path, bytes);
        return path;
    }

    Map<String, byte[]> files() {
        return files;
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    private static boolean isJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8;
    }
}
