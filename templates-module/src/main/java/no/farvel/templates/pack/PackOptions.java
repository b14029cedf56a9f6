package no.farvel.templates.pack;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where packs given by Maven coordinates are looked for, what Farvel accepts from there, and the limits every pack is
 * held to.
 *
 * @param localRepository the local Maven repository; null means the one settings.xml names, else
 *                        {@code ~/.m2/repository}
 * @param remoteRepositories remote repositories as URLs ({@code https://repo.example.com/releases},
 *                           {@code file:///srv/repo}) or {@code id::url}, where the id picks the
 *                           {@code <server>} credentials and {@code <mirror>} in settings.xml; empty means
 *                           Maven Central
 * @param offline when true, only the local repository is used
 * @param settings the Maven settings file whose mirrors, servers and local repository apply; null means
 *                 {@code ~/.m2/settings.xml} when it exists
 * @param insecureRepositories when true, plain {@code http://} repositories and mirrors are accepted too; by default
 *                             only {@code https://} and {@code file:} ones are
 * @param versionRanges when true, a version range such as {@code [1.0,2.0)} may pick the version; by default only an
 *                      exact version (or a {@code -SNAPSHOT}) is accepted
 * @param limits the limits of pack files, templates and images
 */
public record PackOptions(Path localRepository, List<String> remoteRepositories, boolean offline, Path settings,
                          boolean insecureRepositories, boolean versionRanges, PackLimits limits) {
    /** Maven Central, used when no remote repository is given, as Maven does. */
    public static final String MAVEN_CENTRAL = "central::https://repo.maven.apache.org/maven2/";

    /** Copies the repositories. */
    public PackOptions {
        remoteRepositories = List.copyOf(Objects.requireNonNull(remoteRepositories,
                "The parameter 'remoteRepositories' must not be null"));
        Objects.requireNonNull(limits, "The parameter 'limits' must not be null");
    }

    /** The local repository and settings Maven itself would use, Maven Central, online, https only, no ranges. */
    public static PackOptions defaults() {
        return new PackOptions(null, List.of(), false, null, false, false, PackLimits.defaults());
    }

    /** These options with another local repository. */
    public PackOptions withLocalRepository(Path directory) {
        return new PackOptions(directory, remoteRepositories, offline, settings, insecureRepositories, versionRanges,
                limits);
    }

    /** These options with these remote repositories, tried in order, instead of the ones given so far. */
    public PackOptions withRemoteRepositories(List<String> urls) {
        return new PackOptions(localRepository, urls, offline, settings, insecureRepositories, versionRanges, limits);
    }

    /** These options, offline or not. */
    public PackOptions withOffline(boolean offline) {
        return new PackOptions(localRepository, remoteRepositories, offline, settings, insecureRepositories,
                versionRanges, limits);
    }

    /** These options with another Maven settings file. */
    public PackOptions withSettings(Path settingsFile) {
        return new PackOptions(localRepository, remoteRepositories, offline, settingsFile, insecureRepositories,
                versionRanges, limits);
    }

    /**
     * These options accepting plain {@code http://} repositories or not. Over http anyone on the way can replace a
     * pack and its checksums alike, so allow it only for a repository on a network you trust.
     */
    public PackOptions withInsecureRepositories(boolean allowed) {
        return new PackOptions(localRepository, remoteRepositories, offline, settings, allowed, versionRanges,
                limits);
    }

    /** These options accepting version ranges or not; with a range, the version taken is the newest inside it. */
    public PackOptions withVersionRanges(boolean allowed) {
        return new PackOptions(localRepository, remoteRepositories, offline, settings, insecureRepositories, allowed,
                limits);
    }

    /** These options with other limits for pack files, templates and images. */
    public PackOptions withLimits(PackLimits packLimits) {
        return new PackOptions(localRepository, remoteRepositories, offline, settings, insecureRepositories,
                versionRanges, packLimits);
    }
}
