package no.farvel.templates.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a PDF where poppler's {@code pdftotext -bbox} finds them: page, text and box in millimetres. */
public final class PageWords {
    private static final double MM = 72 / 25.4;
    private static final Pattern PAGE = Pattern.compile("<page width=\"[\\d.]+\" height=\"[\\d.]+\">(.*?)</page>",
            Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</word>");

    /** A word on page {@code page} (from 1), its box measured from the page's top left corner in millimetres. */
    public record Word(int page, String text, double left, double top, double right, double bottom) {
    }

    private PageWords() {
    }

    /** Every word of every page, in the order pdftotext reads them. */
    public static List<Word> of(byte[] pdf) {
        String html = bbox(pdf);
        List<Word> words = new ArrayList<>();
        Matcher page = PAGE.matcher(html);
        int number = 0;
        while (page.find()) {
            number++;
            Matcher word = WORD.matcher(page.group(1));
            while (word.find()) {
                words.add(new Word(number, unescape(word.group(5)), mm(word.group(1)), mm(word.group(2)),
                        mm(word.group(3)), mm(word.group(4))));
            }
        }
        return words;
    }

    private static double mm(String points) {
        return Double.parseDouble(points) / MM;
    }

    private static String bbox(byte[] pdf) {
        try {
            Path file = Files.createTempFile("farvel-words", ".pdf");
            Path html = Files.createTempFile("farvel-words", ".html");
            try {
                Files.write(file, pdf);
                Process process = new ProcessBuilder("pdftotext", "-bbox", "-enc", "UTF-8", file.toString(),
                        html.toString()).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("pdftotext failed: " + output);
                }
                return Files.readString(html, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(html);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("pdftotext (poppler-utils) must be installed for this test", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
