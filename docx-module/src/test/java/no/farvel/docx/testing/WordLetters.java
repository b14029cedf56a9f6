package no.farvel.docx.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.farvel.core.Termination;
import no.farvel.core.json.TerminationReadException;
import no.farvel.core.json.TerminationReader;
import no.farvel.docx.internal.compile.WordLetterCompiler;
import no.farvel.docx.internal.starter.WordPackage;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.CompiledLetter;
import no.farvel.templates.spi.LetterSource;
import no.farvel.templates.spi.LetterSourceException;

/** Compiling and rendering Word letters in tests, with the project's own sample terminations. */
public final class WordLetters {
    private WordLetters() {
    }

    /** One of Farvel's built-in example terminations, such as {@code nb-sen-betaling.json}. */
    public static Termination sample(String name) {
        try (InputStream in = WordLetters.class.getClassLoader()
                .getResourceAsStream("no/farvel/templates/samples/" + name)) {
            return TerminationReader.create().readOne(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TerminationReadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** What the document compiles to. */
    public static CompiledLetter compile(WordPackage document) {
        return compile(document.build());
    }

    public static CompiledLetter compile(byte[] docx) {
        return new WordLetterCompiler().compile(new LetterSource("test", "letter_nb.docx", docx,
                Farvel.letterFields(), PackLimits.defaults()));
    }

    /** Each fault compiling the document finds, as {@code location: message}; empty when it compiles. */
    public static List<String> problems(byte[] docx) {
        try {
            compile(docx);
            return List.of();
        } catch (LetterSourceException e) {
            return e.problems().stream().map(LetterSourceException.Problem::toString).toList();
        }
    }

    /**
     * The letter the document writes for a termination, through a pack in {@code folder}. The guide check does not
     * hold it back: these documents are parts of a letter, written to test how they compile.
     */
    public static RenderedLetter render(WordPackage document, Termination termination, Path folder) {
        return render(document.build(), termination, folder);
    }

    public static RenderedLetter render(byte[] docx, Termination termination, Path folder) {
        try {
            Path pack = Files.createTempDirectory(folder, "pack");
            String code = termination.locale().code();
            WordPacks.write(pack, "\"" + code + "\"", Map.of("letter_" + code + ".docx", docx));
            return Farvel.builder().pack(WordPacks.load(pack)).allowFindings().build().render(termination);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
