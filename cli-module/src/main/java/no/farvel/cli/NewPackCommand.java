package no.farvel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.farvel.docx.WordTemplates;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.pack.PackOptions;
import no.farvel.templates.pack.PackReport;
import no.farvel.templates.pack.PackScaffold;
import no.farvel.templates.pack.PackVerifier;
import no.farvel.templates.pack.Packs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code farvel pack new DIR [--from-docx FILE]...}: a pack whose letters are Word documents, then verified. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Makes a pack in DIR whose letters are Word documents: yours (--from-docx), or Farvel's own"
                + " letter in bokmål, nynorsk and English to start from. Then verifies it.",
            "A document's language comes from --locale, a name such as letter_nn.docx, or the language of its text."})
final class NewPackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The new pack's folder; it must not exist or be empty.")
    Path directory;

    @Option(names = "--from-docx", paramLabel = "FILE",
            description = "A Word letter (.docx) with [=field] and [#if …] tags; repeat for each language.")
    List<Path> documents;

    @Option(names = "--locale", paramLabel = "CODE", description = "The language of the one --from-docx document:"
            + " nb, nn or en.")
    String locale;

    @Option(names = "--name", paramLabel = "NAME", description = "The pack's name (default: the folder's name).")
    String name;

    @Override
    public Integer call() throws IOException {
        Map<LetterLocale, byte[]> letters = documents == null || documents.isEmpty() ? builtIn() : fromFiles();
        String packName = name != null ? name : directory.toAbsolutePath().normalize().getFileName().toString();
        Path pack = PackScaffold.create(directory, packName, "letter.docx", letters);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Made pack '" + packName + "' in " + pack + ": " + String.join(", ", letters.keySet().stream()
                .map(l -> "letter_" + l.code() + ".docx").toList()) + ", farvel-pack.json, fonts/ (Liberation Sans)");
        PackReport report = PackVerifier.verify(Packs.open(pack.toString(), PackOptions.defaults()));
        (report.ok() ? out : spec.commandLine().getErr()).println(report);
        out.flush();
        spec.commandLine().getErr().flush();
        return report.ok() ? 0 : FarvelCommand.FAILED;
    }

    private static Map<LetterLocale, byte[]> builtIn() {
        Map<LetterLocale, byte[]> letters = new LinkedHashMap<>();
        for (LetterLocale language : TemplatePack.defaultPack().locales()) {
            letters.put(language, WordTemplates.builtInLetter(language));
        }
        return letters;
    }

    private Map<LetterLocale, byte[]> fromFiles() throws IOException {
        if (locale != null && documents.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--locale names the language of one document; with"
                    + " several, name each after its language, such as letter_nn.docx");
        }
        Map<LetterLocale, byte[]> letters = new LinkedHashMap<>();
        for (Path document : documents) {
            byte[] bytes = Files.readAllBytes(document);
            LetterLocale language = language(document, bytes);
            if (letters.put(language, bytes) != null) {
                throw new ParameterException(spec.commandLine(), document + ": a second document in "
                        + language.code() + "; give one document per language");
            }
        }
        return letters;
    }

    /** The language a name such as {@code letter_nn.docx} or {@code Oppsigelse-nb.docx} ends in. */
    private static Optional<LetterLocale> languageInName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return LetterLocale.all().stream().filter(l -> {
            String suffix = l.code().toLowerCase(Locale.ROOT) + ".docx";
            return name.endsWith("_" + suffix) || name.endsWith("-" + suffix);
        }).findFirst();
    }

    private LetterLocale language(Path document, byte[] bytes) throws IOException {
        try {
            if (locale != null) {
                return LetterLocale.fromCode(locale);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--locale': " + e.getMessage());
        }
        Optional<LetterLocale> named = languageInName(document.getFileName().toString());
        if (named.isPresent()) {
            return named.get();
        }
        try {
            return WordTemplates.language(bytes).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    document + ": cannot tell its language; name it like letter_nb.docx or give --locale nb"));
        } catch (IOException e) {
            throw new IOException(document + ": " + e.getMessage(), e);
        }
    }
}
