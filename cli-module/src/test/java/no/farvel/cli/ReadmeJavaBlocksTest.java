package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md compiles as shown, with the imports it lists, against the whole library.
 * A block may use the variables the README's earlier text sets up; those are the fields of {@link #CONTEXT}.
 */
class ReadmeJavaBlocksTest {
    /** What the README's blocks take from the text around them; a block's own variables shadow these. */
    private static final String CONTEXT = """
                no.farvel.core.Termination termination;
                no.farvel.core.Provider provider;
                no.farvel.templates.RenderedLetter letter;
                java.nio.file.Path out;
            """;

    @Test
    void everyJavaBlockInTheReadmeCompiles(@TempDir Path classes) throws IOException {
        List<String> blocks = javaBlocks(Files.readString(readme(), StandardCharsets.UTF_8));
        assertThat(blocks).as("java blocks in README.md").hasSizeGreaterThanOrEqualTo(7);

        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            sources.add(source("ReadmeBlock" + (i + 1), blocks.get(i)));
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled = compiler.getTask(null, null, diagnostics, List.of("-classpath",
                System.getProperty("java.class.path"), "-d", classes.toString(), "-proc:none"), null, sources).call();

        String errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> "block " + d.getSource().getName().replaceAll("\\D", "") + ", line "
                        + blockLine(d.getSource(), d.getLineNumber()) + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
        assertThat(compiled).as("README.md's ```java blocks (block number, line in the block):\n%s", errors).isTrue();
    }

    /** The blocks' text, in order. */
    static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : markdown.split("\n", -1)) {
            if (block == null && line.strip().equals("```java")) {
                block = new StringBuilder();
            } else if (block != null && line.strip().equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    /**
     * A class with the block's imports on top and its statements in a method. Each block line keeps its place: in
     * the import part (imports) or in the method part (everything else), blank in the other.
     */
    private static JavaFileObject source(String name, String block) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            boolean isImport = line.startsWith("import ");
            imports.append(isImport ? line : "").append('\n');
            body.append(isImport ? "" : line).append('\n');
        }
        String code = imports + HEADER.formatted(name) + body + "}\n}\n";
        return new Block(name, code, block.split("\n", -1).length);
    }

    /** The line of the README block a compiler line number points to. */
    private static long blockLine(JavaFileObject source, long line) {
        int blockLines = ((Block) source).lines;
        long headerLines = HEADER.lines().count();
        return line <= blockLines ? line : line - blockLines - headerLines;
    }

    private static final String HEADER = "class %s {\n" + CONTEXT + "void example() throws Exception {\n";

    private static final class Block extends SimpleJavaFileObject {
        private final String code;
        private final int lines;

        Block(String name, String code, int lines) {
            super(URI.create("string:///" + name + ".java"), Kind.SOURCE);
            this.code = code;
            this.lines = lines;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }

    private static Path readme() {
        return projectRoot().resolve("README.md");
    }

    /** The project's root folder, above the folder the tests run in. */
    static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("cli-module"))) {
                return dir;
            }
        }
        throw new IllegalStateException("The project's README.md is not above " + Path.of("").toAbsolutePath());
    }
}
