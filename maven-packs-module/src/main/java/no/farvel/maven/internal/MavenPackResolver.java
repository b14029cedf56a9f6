package no.farvel.maven.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import no.farvel.templates.pack.PackCoordinates;
import no.farvel.templates.pack.PackException;
import no.farvel.templates.pack.PackNotFoundException;
import no.farvel.templates.pack.PackOptions;
import no.farvel.templates.pack.ResolvedPack;
import no.farvel.templates.spi.PackRepository;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.transfer.ChecksumFailureException;

/**
 * Resolves a pack artifact with Maven Resolver as Maven would: local repository first, then the remote ones (through
 * settings.xml mirrors, with its server credentials; https only unless allowed), checksums enforced on download and
 * verified again on every load, version ranges and SNAPSHOTs as in Maven. Each resolution is kept for the life of the
 * process; the checksum check is not.
 */
public final class MavenPackResolver implements PackRepository {
    private static final Map<Request, ResolvedPack> RESOLVED = new ConcurrentHashMap<>();

    /** The artifact file in the local repository, fetched first when needed; throws {@link PackException}. */
    @Override
    public ResolvedPack resolve(PackCoordinates coordinates, PackOptions options) {
        ResolvedPack resolved = RESOLVED.computeIfAbsent(new Request(coordinates, options), MavenPackResolver::fetch);
        LocalChecksums.verify(resolved);
        return resolved;
    }

    private static ResolvedPack fetch(Request request) {
        PackCoordinates coordinates = request.coordinates();
        PackOptions options = request.options();
        MavenSettings settings = MavenSettings.read(options.settings() != null ? options.settings()
                : Path.of(System.getProperty("user.home"), ".m2", "settings.xml"));
        Path local = options.localRepository() != null ? options.localRepository()
                : settings.localRepository() != null ? settings.localRepository()
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        RepositorySystem system = SystemHolder.SYSTEM;
        // "simple": a pack in the local repository is used whichever repository it came from, so a pack fetched
        // once (or installed with mvn install) works offline without naming its repository again.
        try (CloseableSession session = new SessionBuilderSupplier(system).get()
                .withLocalRepositories(new LocalRepository(local, "simple"))
                .setOffline(options.offline())
                .setChecksumPolicy(RepositoryPolicy.CHECKSUM_POLICY_FAIL)
                .setMirrorSelector(settings.mirrors())
                .setAuthenticationSelector(settings.authentication())
                .setSystemProperties(System.getProperties())
                .build()) {
            List<RemoteRepository> repositories = system.newResolutionRepositories(session,
                    remoteRepositories(options));
            if (!options.offline()) {
                requireSecure(coordinates, repositories, options);
            }
            String where = "local " + local + (repositories.isEmpty() ? "" : ", remote " + repositories.stream()
                    .map(RemoteRepository::getUrl).collect(Collectors.joining(", ")));
            Artifact artifact = new DefaultArtifact(coordinates.groupId(), coordinates.artifactId(),
                    coordinates.extension(), coordinates.version());
            if (coordinates.isRange()) {
                artifact = artifact.setVersion(highestInRange(system, session, artifact, repositories, coordinates,
                        where));
            }
            boolean present = Files.isRegularFile(session.getLocalRepositoryManager()
                    .getAbsolutePathForLocalArtifact(artifact));
            try {
                ArtifactResult result = system.resolveArtifact(session,
                        new ArtifactRequest(artifact, repositories, null));
                Path file = result.getArtifact().getPath();
                if (!present) {
                    LocalChecksums.recordIfNone(file);
                }
                return new ResolvedPack(coordinates, result.getArtifact().getVersion(), file);
            } catch (ArtifactResolutionException e) {
                throw failure(coordinates, artifact, options, where, local, e);
            }
        }
    }

    private static String highestInRange(RepositorySystem system, CloseableSession session, Artifact artifact,
                                         List<RemoteRepository> repositories, PackCoordinates coordinates, String where) {
        try {
            VersionRangeResult range = system.resolveVersionRange(session,
                    new VersionRangeRequest(artifact, repositories, null));
            if (range.getHighestVersion() == null) {
                throw new PackNotFoundException("Pack " + coordinates + ": no version in the range " + coordinates.version()
                        + " found in " + where);
            }
            return range.getHighestVersion().toString();
        } catch (VersionRangeResolutionException e) {
            throw new PackException("Pack " + coordinates + ": the versions in " + coordinates.version()
                    + " could not be listed from " + where + ": " + e.getMessage(), e);
        }
    }

    private static PackException failure(PackCoordinates coordinates, Artifact artifact, PackOptions options,
                                         String where, Path local, ArtifactResolutionException e) {
        String asked = coordinates.isRange() ? coordinates + " (" + artifact.getVersion() + ")" : coordinates.toString();
        for (ArtifactResult result : e.getResults()) {
            for (Exception cause : result.getExceptions()) {
                ChecksumFailureException checksum = find(cause, ChecksumFailureException.class);
                if (checksum != null) {
                    return new PackException("Pack " + asked + ": checksum failed, the pack is refused: "
                            + checksum.getMessage() + " (" + cause.getMessage() + "). Ask its publisher to "
                            + "deploy it again, or check the repository.", e);
                }
            }
        }
        if (options.offline()) {
            return new PackNotFoundException("Pack " + asked + " is not in the local repository " + local + " and Farvel is "
                    + "offline: fetch it once online (farvel pack fetch " + coordinates + " --repo URL) or "
                    + "install it there with mvn install.", e);
        }
        boolean missing = e.getResults().stream().allMatch(ArtifactResult::isMissing);
        if (missing) {
            return new PackNotFoundException("Pack " + asked + " not found in " + where, e);
        }
        return new PackException("Pack " + asked + " could not be fetched from " + where + ": " + e.getMessage(), e);
    }

    /** Plain http lets anyone on the way swap the pack and its checksums alike, so it needs the caller's consent. */
    private static void requireSecure(PackCoordinates coordinates, List<RemoteRepository> repositories,
                                      PackOptions options) {
        for (RemoteRepository repository : repositories) {
            String protocol = repository.getProtocol().toLowerCase(java.util.Locale.ROOT);
            boolean allowed = protocol.equals("https") || protocol.equals("file")
                    || protocol.equals("http") && options.insecureRepositories();
            if (!allowed) {
                throw new PackException("Pack " + coordinates + ": the repository " + repository.getUrl() + " (id "
                        + repository.getId() + ") is not https, so anyone on the way could replace the pack and its "
                        + "checksums alike; use an https:// repository or mirror, or allow plain http with "
                        + "--allow-http (PackOptions.withInsecureRepositories(true))");
            }
        }
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static List<RemoteRepository> remoteRepositories(PackOptions options) {
        List<String> given = options.remoteRepositories().isEmpty() ? List.of(PackOptions.MAVEN_CENTRAL)
                : options.remoteRepositories();
        List<RemoteRepository> repositories = new ArrayList<>();
        RepositoryPolicy policy = new RepositoryPolicy(true, RepositoryPolicy.UPDATE_POLICY_DAILY,
                RepositoryPolicy.CHECKSUM_POLICY_FAIL);
        for (int i = 0; i < given.size(); i++) {
            String spec = given.get(i);
            int separator = spec.indexOf("::");
            String id = separator > 0 ? spec.substring(0, separator) : "pack-repository-" + (i + 1);
            String url = separator > 0 ? spec.substring(separator + 2) : spec;
            repositories.add(new RemoteRepository.Builder(id, "default", url).setPolicy(policy).build());
        }
        return repositories;
    }

    private record Request(PackCoordinates coordinates, PackOptions options) {
    }

    /** One repository system per process: it holds thread pools and caches meant to be shared. */
    private static final class SystemHolder {
        static final RepositorySystem SYSTEM = new RepositorySystemSupplier().get();
    }
}
