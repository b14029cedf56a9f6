package no.farvel.templates.pack;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where packs given by Maven coordinates are looked for.
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
 */
public record PackOptions(Path localRepository, List<String> remoteRepositories, boolean offline, Path settings) {
    /** Maven Central, used when no remote repository is given, as Maven does. */
    public static final String MAVEN_CENTRAL = "central::https://repo.maven.apache.org/maven2/";

    /** Copies the repositories. */
    public PackOptions {
        remoteRepositories = List.copyOf(Objects.requireNonNull(remoteRepositories,
                "The parameter 'remoteRepositories' must not be null"));
    }

    /** The local repository and settings Maven itself would use, Maven Central, online. */
    public static PackOptions defaults() {
        return new PackOptions(null, List.of(), false, null);
    }

    /** These options with another local repository. */
    public PackOptions withLocalRepository(Path directory) {
        return new PackOptions(directory, remoteRepositories, offline, settings);
    }

    /** These options with these remote repositories, tried in order, instead of the ones given so far. */
    public PackOptions withRemoteRepositories(List<String> urls) {
        return new PackOptions(localRepository, urls, offline, settings);
    }

    /** These options, offline or not. */
    public PackOptions withOffline(boolean offline) {
        return new PackOptions(localRepository, remoteRepositories, offline, settings);
    }

    /** These options with another Maven settings file. */
    public PackOptions withSettings(Path settingsFile) {
        return new PackOptions(localRepository, remoteRepositories, offline, settingsFile);
    }
}
