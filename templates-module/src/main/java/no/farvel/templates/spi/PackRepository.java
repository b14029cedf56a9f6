package no.farvel.templates.spi;

import no.farvel.templates.pack.PackCoordinates;
import no.farvel.templates.pack.PackOptions;
import no.farvel.templates.pack.ResolvedPack;

/**
 * Fetches packs by Maven coordinates. Found through {@link java.util.ServiceLoader}; the artifact
 * {@code no.farvel:farvel-maven-packs} provides one backed by Maven Resolver.
 */
public interface PackRepository {
    /**
     * The pack's file in the local repository, fetched first when needed, its checksum verified each time. Honours
     * {@link PackOptions#insecureRepositories()}; a version range comes here only when the options allow ranges.
     *
     * @throws no.farvel.templates.pack.PackException naming the coordinates and what was tried when it cannot be had (a
     *     {@link no.farvel.templates.pack.PackNotFoundException} when it is not there)
     */
    ResolvedPack resolve(PackCoordinates coordinates, PackOptions options);
}
