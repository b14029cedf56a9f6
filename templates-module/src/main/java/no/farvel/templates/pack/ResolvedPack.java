package no.farvel.templates.pack;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A pack found by Maven coordinates.
 *
 * @param requested the coordinates as given, perhaps with a version range
 * @param version the exact version taken: the one given, or the newest inside the range
 * @param file the pack's file in the local repository, its checksum verified
 */
public record ResolvedPack(PackCoordinates requested, String version, Path file) {
    public ResolvedPack {
        Objects.requireNonNull(requested, "The parameter 'requested' must not be null");
        Objects.requireNonNull(version, "The parameter 'version' must not be null");
        Objects.requireNonNull(file, "The parameter 'file' must not be null");
    }

    /** The coordinates with the exact version taken, such as {@code no.acme:letters:1.5.0}. */
    public PackCoordinates coordinates() {
        return new PackCoordinates(requested.groupId(), requested.artifactId(), requested.extension(), version);
    }
}
