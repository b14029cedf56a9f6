package no.farvel.templates.spi;

/**
 * Compiles a letter written in another format, such as a Word document, into the letter markup's FreeMarker source,
 * once, when its pack is loaded. Found with {@link java.util.ServiceLoader} by file extension; the artifact
 * {@code no.farvel:farvel-docx} provides one for {@code .docx}.
 *
 * <p>What it returns runs in the pack's locked-down FreeMarker configuration exactly as a {@code .ftlh} template
 * does, with square-bracket tags and interpolations ({@code [#if …]}, {@code [=client.name]}). Implementations are
 * thread-safe.
 */
public interface LetterSourceCompiler {

    /** The file extension this compiler reads, without the dot: {@code docx}. */
    String extension();

    /**
     * Compiles one source file.
     *
     * @throws LetterSourceException listing every fault found, each located in the source's own terms
     */
    CompiledLetter compile(LetterSource source);
}
