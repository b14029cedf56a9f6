package no.farvel.cli.hostile;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes XLSX workbooks part by part, streaming, so that a test can make one with a 300 MB cell or ten million shared
 * strings without holding it: each part is written by a callback straight into the zip.
 */
final class Xlsx {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Writes one part's XML. */
    @FunctionalInterface
    interface Part {
        void write(Writer out) throws IOException;
    }

    private final Map<String, Part> sheets = new LinkedHashMap<>();
    private final java.util.Set<String> whole = new java.util.HashSet<>();
    private Part sharedStrings;

    /** Adds a sheet whose {@code <sheetData>} content {@code rows} writes. */
    Xlsx sheet(String name, Part rows) {
        sheets.put(name, rows);
        return this;
    }

    /** Adds a sheet whose whole XML, declaration and root element included, {@code xml} writes. */
    Xlsx sheetXml(String name, Part xml) {
        sheets.put(name, xml);
        whole.add(name);
        return this;
    }

    /** Gives the workbook a shared-strings part whose {@code <sst>} element {@code part} writes whole. */
    Xlsx sharedStrings(Part part) {
        this.sharedStrings = part;
        return this;
    }

    /** A row of inline strings: {@code <row r="2"><c r="A2" t="inlineStr"><is><t>…</t></is></c>…</row>}. */
    static String row(int number, String... values) {
        StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                continue;
            }
            row.append("<c r=\"").append(column(i)).append(number).append("\" t=\"inlineStr\"><is><t>")
                    .append(escape(values[i])).append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    void write(Path file) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED);
            Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\""
                    + "xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
            StringBuilder workbook = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS
                    + "\"><sheets>");
            StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                    + "2006/relationships\">");
            int n = 0;
            for (String name : sheets.keySet()) {
                n++;
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                workbook.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(n)
                        .append("\" r:id=\"rId").append(n).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(RELATIONSHIPS)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
            }
            if (sharedStrings != null) {
                types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
                rels.append("<Relationship Id=\"rIdS\" Type=\"").append(RELATIONSHIPS)
                        .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            }
            entry(zip, out, "[Content_Types].xml", w -> w.write(types + "</Types>"));
            entry(zip, out, "_rels/.rels", w -> w.write("<Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            entry(zip, out, "xl/workbook.xml", w -> w.write(workbook + "</sheets></workbook>"));
            entry(zip, out, "xl/_rels/workbook.xml.rels", w -> w.write(rels + "</Relationships>"));
            n = 0;
            for (Map.Entry<String, Part> sheet : sheets.entrySet()) {
                n++;
                Part rows = sheet.getValue();
                if (whole.contains(sheet.getKey())) {
                    entry(zip, out, "xl/worksheets/sheet" + n + ".xml", rows);
                    continue;
                }
                entry(zip, out, "xl/worksheets/sheet" + n + ".xml", w -> {
                    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
                    rows.write(w);
                    w.write("</sheetData></worksheet>");
                });
            }
            if (sharedStrings != null) {
                entry(zip, out, "xl/sharedStrings.xml", sharedStrings);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, Writer out, String name, Part part) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        part.write(out);
        out.flush();
        zip.closeEntry();
    }
}
