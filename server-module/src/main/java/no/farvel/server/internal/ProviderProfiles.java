package no.farvel.server.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import no.farvel.batch.input.ProviderFile;
import no.farvel.core.Provider;
import no.farvel.core.json.TerminationReadException;

/**
 * The saved providers a letter can be sent from: {@code NAME.json} files in the profiles folder, each read once at
 * start with the same rules as {@code --provider FILE}. Requests name a profile; they never name a file.
 */
public final class ProviderProfiles {
    /** What a profile name may look like; the file name without {@code .json}. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Map<String, Provider> profiles;

    private ProviderProfiles(Map<String, Provider> profiles) {
        this.profiles = Collections.unmodifiableMap(profiles);
    }

    /** Reads every profile in {@code folder}; none when it is null. Fails on the first profile that is not valid. */
    public static ProviderProfiles load(Path folder) throws IOException {
        Map<String, Provider> profiles = new TreeMap<>();
        if (folder == null) {
            return new ProviderProfiles(profiles);
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException("The provider profiles folder " + folder + " does not exist");
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                name = name.substring(0, name.length() - ".json".length());
                if (!NAME.matcher(name).matches()) {
                    throw new IOException(file + ": a profile's name may hold letters, digits, '.', '_' and '-' only");
                }
                try {
                    profiles.put(name, ProviderFile.read(file));
                } catch (TerminationReadException e) {
                    throw new IOException("Provider profile " + e.getMessage(), e);
                }
            }
        }
        return new ProviderProfiles(profiles);
    }

    /** The profiles by name, sorted. */
    public Map<String, Provider> all() {
        return profiles;
    }

    /** The named profile, or a 400 problem naming the query parameter when there is none by that name. */
    public Provider require(String name) {
        Provider provider = name != null && NAME.matcher(name).matches() ? profiles.get(name) : null;
        if (provider == null) {
            throw ProblemException.of(400, "unknown-provider-profile", "No such provider profile",
                    "provider: no profile is named '" + Requests.shorten(name) + "'; GET /v1/providers lists them"
                            + (profiles.isEmpty() ? " (this server has none: start it with --providers DIR)" : ""));
        }
        return provider;
    }
}
