package no.farvel.templates.internal.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the two things OpenPDF draws at random — the six-letter tags of font subsets and the trailer's file
 * identifier — with values derived from the document itself, so the same letter always gives the same bytes.
 * Each value is rewritten in place with one of the same length, so no offset in the cross-reference table moves.
 */
final class ContentIds {
    /** ISO 32000-1, 9.6.4: a subset's name is six upper-case letters, a plus sign and the font's PostScript name. */
    private static final Pattern SUBSET_TAG =
            Pattern.compile("/(?:BaseFont|FontName)\\s*/([A-Z]{6})\\+([^\\s/<>\\[\\]()%]+)");
    private static final Pattern FILE_ID =
            Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]{32})>\\s*<([0-9a-fA-F]{32})>\\s*]");

    private ContentIds() {
    }

    /**
     * The PDF with its subset tags and file identifier derived from an MD5 of everything else in it: the digest ISO
     * 32000-1 (14.4) suggests for identifiers, and four times as fast as SHA-256 under the quick compiler C1 that a
     * batch runs with (SHA-256 has no intrinsic there and took a twentieth of a batch's time in this method).
     */
    static byte[] derive(byte[] pdf) {
        // ISO-8859-1 maps every byte to one char, so string offsets are byte offsets.
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        List<MatchResult> tags = names(SUBSET_TAG, text, "BaseFont", "FontName");
        List<MatchResult> ids = names(FILE_ID, text, "ID");

        byte[] out = pdf.clone();
        for (MatchResult tag : tags) {
            Arrays.fill(out, tag.start(1), tag.end(1), (byte) 'A');
        }
        for (MatchResult id : ids) {
            Arrays.fill(out, id.start(1), id.end(1), (byte) '0');
            Arrays.fill(out, id.start(2), id.end(2), (byte) '0');
        }
        byte[] digest = md5(out);

        // One new tag per old one: a font's tag appears in its font, descendant font and descriptor alike.
        Map<String, String> renamed = new LinkedHashMap<>();
        for (MatchResult tag : tags) {
            String fresh = renamed.computeIfAbsent(tag.group(1), old -> letters(md5(digest, tag.group(2))));
            write(out, tag.start(1), fresh);
        }
        String fileId = HexFormat.of().formatHex(digest, 0, 16);
        for (MatchResult id : ids) {
            write(out, id.start(1), fileId);
            write(out, id.start(2), fileId);
        }
        return out;
    }

    /**
     * The matches of a pattern that starts with a name's slash followed by one of {@code heads}, in order: tried only
     * where the text has such a name, which {@code indexOf} and {@code startsWith} find far quicker than a regular
     * expression trying every byte of the PDF (most of it compressed fonts and content), or every other name, as a
     * start.
     */
    private static List<MatchResult> names(Pattern pattern, String text, String... heads) {
        List<MatchResult> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        int slash = text.indexOf('/');
        while (slash >= 0) {
            matcher.region(slash, text.length());
            if (startsAny(text, slash + 1, heads) && matcher.lookingAt()) {
                found.add(matcher.toMatchResult());
                slash = text.indexOf('/', matcher.end());
            } else {
                slash = text.indexOf('/', slash + 1);
            }
        }
        return found;
    }

    private static boolean startsAny(String text, int from, String... heads) {
        for (String head : heads) {
            if (text.startsWith(head, from)) {
                return true;
            }
        }
        return false;
    }

    private static String letters(byte[] hash) {
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash[i], 26)));
        }
        return tag.toString();
    }

    private static void write(byte[] target, int offset, String ascii) {
        byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, target, offset, bytes.length);
    }

    private static byte[] md5(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static byte[] md5(byte[] seed, String name) {
        MessageDigest digest = digest();
        digest.update(seed);
        return digest.digest(name.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has MD5", e);
        }
    }
}
