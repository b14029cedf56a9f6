package no.farvel.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import no.farvel.docx.internal.compile.WordArchive;
import no.farvel.docx.internal.compile.WordLanguage;
import no.farvel.docx.internal.starter.StarterLetter;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.LimitExceededException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Word documents as letter templates: Farvel's own letter to start from, and the language a document is written in.
 * A pack holds them as {@code letter_nb.docx}, {@code letter_nn.docx}, {@code letter_en.docx}.
 */
public final class WordTemplates {
    private WordTemplates() {
    }

    /**
     * Farvel's built-in letter in {@code locale} as a Word document, every sentence written out for a legal team to
     * read and change, and its choices as {@code [#if …]} tags.
     */
    public static byte[] builtInLetter(LetterLocale locale) {
        Objects.requireNonNull(locale, "The parameter 'locale' must not be null");
        return StarterLetter.document(locale);
    }

    /**
     * The letter language a Word document is written in, from the language of its text (Review ▸ Language):
     * Norwegian bokmål, nynorsk, English or another letter language; empty when it is none of them or none is set.
     *
     * @throws IOException when the bytes are not a Word document, or one that unpacks past the default pack limits
     */
    public static Optional<LetterLocale> language(byte[] docx) throws IOException {
        Objects.requireNonNull(docx, "The parameter 'docx' must not be null");
        try {
            WordArchive.check("The document", docx, PackLimits.defaults());
        } catch (LimitExceededException e) {
            throw new IOException(e.getMessage(), e);
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String tag = WordLanguage.of(document);
            if (tag == null) {
                return Optional.empty();
            }
            String language = tag.toLowerCase(Locale.ROOT);
            for (LetterLocale locale : LetterLocale.all()) {
                if (language.equals(locale.documentLanguageTag().toLowerCase(Locale.ROOT))) {
                    return Optional.of(locale);
                }
            }
            // Word's plain "Norwegian" (no-NO) is bokmål; otherwise the language without its region, such as en-US.
            String primary = language.split("[-_]")[0];
            return LetterLocale.find(primary.equals("no") ? LetterLocale.NB.code() : primary);
        } catch (RuntimeException e) {
            throw new IOException("not a Word document (.docx): " + e.getMessage(), e);
        }
    }
}
