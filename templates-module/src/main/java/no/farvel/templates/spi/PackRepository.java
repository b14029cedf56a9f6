package no.farvel.templates.spi;

import java.nio.file.Path;
import no.farvel.templates.pack.PackCoordinates;
import no.farvel.templates.pack.PackOptions;

/**
 * Fetches packs by Maven coordinates. Found through {@link java.util.ServiceLoader}; the artifact
 * {@code no.farvel:farvel-maven-packs} provides one backed by Maven Resolver.
 */
public interface PackRepository {
    /**
     * The pack's file in the local repository, fetched first when needed.
     *
     * @throws no.farvel.templates.pack.PackException naming the coordinates and what was tried when it cannot be had (a
     *     {@link no.farvel.templates.pack.PackNotFoundException} when it is not there)
     */
    Path resolve(PackCoordinates coordinates, PackOptions options);
}
