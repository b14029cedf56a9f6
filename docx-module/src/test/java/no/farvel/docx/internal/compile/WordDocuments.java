package no.farvel.docx.internal.compile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Edits the parts of a .docx in tests, for what the test builder does not write itself. */
final class WordDocuments {
    private WordDocuments() {
    }

    /** The document with an external hyperlink relationship added to its body's relationships. */
    static byte[] withHyperlink(byte[] docx, String id, String target) {
        return replacePart(docx, "word/_rels/document.xml.rels", xml -> xml.replace("</Relationships>",
                "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/hyperlink\" Target=\"" + target + "\" TargetMode=\"External\"/>"
                        + "</Relationships>"));
    }

    static byte[] replacePart(byte[] docx, String part, java.util.function.UnaryOperator<String> edit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
