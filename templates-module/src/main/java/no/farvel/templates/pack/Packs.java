package no.farvel.templates.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.internal.pack.ClasspathPackResources;
import no.farvel.templates.internal.pack.DirectoryPackResources;
import no.farvel.templates.internal.pack.ManifestReader;
import no.farvel.templates.internal.pack.PackManifest;
import no.farvel.templates.internal.pack.ZipPackResources;
import no.farvel.templates.spi.PackRepository;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/**
 * Finds template packs by a short spec: {@code default} (or {@code classpath:default}), a folder, a {@code .jar} or
 * {@code .zip} file (read in place), or Maven coordinates {@code groupId:artifactId[:extension]:version}.
 */
public final class Packs {
    private static final String DEFAULT = "default";
    private static final String CLASSPATH = "classpath:";

    private Packs() {
    }

    /** Loads the pack {@code spec} names; throws {@link RenderException} (a {@link PackNotFoundException} when not found). */
    public static TemplatePack load(String spec, PackOptions options) throws IOException {
        if (isDefault(requireSpec(spec))) {
            return TemplatePack.defaultPack();
        }
        return TemplatePack.of(open(spec, options), options.limits());
    }

    /**
     * The files of the pack {@code spec} names, without checking them, for {@link PackVerifier#verify(PackResources)}.
     */
    public static PackResources open(String spec, PackOptions options) throws IOException {
        requireSpec(spec);
        Objects.requireNonNull(options, "The parameter 'options' must not be null");
        if (isDefault(spec)) {
            return TemplatePack.defaultPack().resources();
        }
        if (spec.startsWith(CLASSPATH)) {
            return new ClasspathPackResources(spec, spec.substring(CLASSPATH.length()),
                    Thread.currentThread().getContextClassLoader(), options.limits());
        }
        Path path = Path.of(spec);
        if (Files.isDirectory(path)) {
            return new DirectoryPackResources(path, options.limits());
        }
        if (Files.isRegularFile(path)) {
            return ZipPackResources.open(path, options.limits());
        }
        if (isArchiveName(spec)) {
            throw new PackNotFoundException("Pack file " + path.toAbsolutePath() + " not found");
        }
        if (PackCoordinates.looksLikeCoordinates(spec)) {
            return ZipPackResources.open(fetch(spec, options), options.limits());
        }
        throw new PackNotFoundException("Pack '" + spec + "' not found: give a folder, a .jar or .zip file, 'default', or "
                + "Maven coordinates groupId:artifactId[:extension]:version such as no.acme:letters:1.2.0");
    }

    /**
     * Resolves Maven coordinates into the local repository, fetching the pack when needed; returns its file, its
     * checksum verified again on every call. Resolution is cached for the life of the process per coordinates and
     * options.
     */
    public static Path fetch(String coordinates, PackOptions options) {
        return resolve(coordinates, options).file();
    }

    /**
     * Like {@link #fetch}, and says which version was taken: with {@link PackOptions#withVersionRanges} a range such
     * as {@code [1.0,2.0)} takes the newest version inside it.
     */
    public static ResolvedPack resolve(String coordinates, PackOptions options) {
        Objects.requireNonNull(coordinates, "The parameter 'coordinates' must not be null");
        Objects.requireNonNull(options, "The parameter 'options' must not be null");
        PackCoordinates parsed;
        try {
            parsed = PackCoordinates.parse(coordinates);
        } catch (IllegalArgumentException e) {
            throw new PackException(e.getMessage(), e);
        }
        if (parsed.isRange() && !options.versionRanges()) {
            throw new PackException("Pack " + parsed + ": a version range takes whatever version is newest in the "
                    + "repository at the time, so the letters could change without anyone choosing it; give one "
                    + "version, such as " + parsed.groupId() + ":" + parsed.artifactId() + ":1.2.0, or allow ranges "
                    + "with --allow-version-range (PackOptions.withVersionRanges(true))");
        }
        return repository(parsed).resolve(parsed, options);
    }

    /** The built-in pack, then each pack folder, {@code .jar} and {@code .zip} directly in {@code directory}. */
    public static List<PackInfo> list(Path directory) {
        List<PackInfo> packs = new ArrayList<>();
        packs.add(info(DEFAULT, TemplatePack.defaultPack().resources()));
        if (directory == null || !Files.isDirectory(directory)) {
            return packs;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.sorted().toList()) {
                boolean folder = Files.isRegularFile(entry.resolve(PackManifest.FILE_NAME));
                if (folder || Files.isRegularFile(entry) && isArchiveName(entry.toString())) {
                    packs.add(info(entry.toString(), entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The pack folder " + directory + " cannot be listed", e);
        }
        return packs;
    }

    private static PackInfo info(String source, Path path) {
        try {
            return info(source, open(path.toString(), PackOptions.defaults()));
        } catch (IOException | RenderException e) {
            return new PackInfo(source, null, null, null, null, e.getMessage());
        }
    }

    private static PackInfo info(String source, PackResources resources) {
        try {
            PackManifest manifest = ManifestReader.read(resources, PackLimits.defaults());
            return new PackInfo(source, manifest.name(), manifest.version(), manifest.description(),
                    manifest.locales(), null);
        } catch (IOException | RenderException e) {
            return new PackInfo(source, null, null, null, null, e.getMessage());
        }
    }

    private static boolean isDefault(String spec) {
        return spec.equals(DEFAULT) || spec.equals(CLASSPATH + DEFAULT);
    }

    private static boolean isArchiveName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jar") || lower.endsWith(".zip");
    }

    private static String requireSpec(String spec) {
        Objects.requireNonNull(spec, "The parameter 'spec' must not be null");
        if (spec.isBlank()) {
            throw new IllegalArgumentException("The parameter 'spec' must not be blank");
        }
        return spec;
    }

    private static PackRepository repository(PackCoordinates coordinates) {
        return ServiceLoader.load(PackRepository.class, Packs.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new PackException("Pack " + coordinates + " is given by Maven coordinates, which "
                        + "need the artifact no.farvel:farvel-maven-packs on the class path; or give a folder or a "
                        + ".jar file"));
    }
}
