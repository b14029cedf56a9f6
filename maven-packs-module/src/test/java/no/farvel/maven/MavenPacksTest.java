package no.farvel.maven;

import no.farvel.templates.testing.TestRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.farvel.templates.TemplatePack;
import no.farvel.templates.pack.PackException;
import no.farvel.templates.pack.PackOptions;
import no.farvel.templates.pack.Packs;
import no.farvel.templates.pack.ResolvedPack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs by Maven coordinates, from a file:// repository laid out by the test; ~/.m2 is never touched. */
class MavenPacksTest {
    @TempDir
    Path remoteDir;
    @TempDir
    Path local;
    @TempDir
    Path home;

    private TestRepository remote;
    private PackOptions options;

    @BeforeEach
    void setUp() {
        remote = new TestRepository(remoteDir);
        // A settings file that does not exist: the machine's own mirrors must not redirect the test repository.
        options = PackOptions.defaults().withLocalRepository(local).withRemoteRepositories(List.of(remote.url()))
                .withSettings(home.resolve("settings.xml"));
    }

    @Test
    void resolvesAPackIntoTheLocalRepositoryAndLoadsIt() throws IOException {
        remote.deploy("no.acme", "letters", "1.0.0", "acme-letters");

        TemplatePack pack = Packs.load("no.acme:letters:1.0.0", options);

        assertThat(pack.name()).isEqualTo("acme-letters");
        assertThat(local.resolve("no/acme/letters/1.0.0/letters-1.0.0.jar")).exists();
    }

    @Test
    void aResolvedPackIsThenAvailableOffline() throws IOException {
        remote.deploy("no.acme", "letters", "1.0.1", "acme-letters");
        Packs.fetch("no.acme:letters:1.0.1", options);

        Path jar = Packs.fetch("no.acme:letters:1.0.1", options.withOffline(true).withRemoteRepositories(List.of()));

        assertThat(jar).isEqualTo(local.resolve("no/acme/letters/1.0.1/letters-1.0.1.jar"));
    }

    @Test
    void aMissingArtifactNamesTheCoordinatesAndTheRepositoriesTried() {
        assertThatThrownBy(() -> Packs.load("no.acme:nothing:1.0", options))
                .isInstanceOf(PackException.class)
                .hasMessage("Pack no.acme:nothing:1.0 not found in local " + local + ", remote " + remote.url());
    }

    @Test
    void aCorruptChecksumRefusesThePack() throws IOException {
        Path jar = remote.deploy("no.acme", "letters", "1.0.2", "acme-letters");
        Files.writeString(jar.resolveSibling(jar.getFileName() + ".sha1"), "0000000000000000000000000000000000000000");

        assertThatThrownBy(() -> Packs.load("no.acme:letters:1.0.2", options))
                .isInstanceOf(PackException.class)
                .hasMessageStartingWith("Pack no.acme:letters:1.0.2: checksum failed, the pack is refused: ")
                .hasMessageContaining("0000000000000000000000000000000000000000");
        assertThat(local.resolve("no/acme/letters/1.0.2/letters-1.0.2.jar")).doesNotExist();
    }

    @Test
    void offlineWithAnEmptyLocalRepositoryIsAClearError() {
        assertThatThrownBy(() -> Packs.load("no.acme:letters:1.0.0", options.withOffline(true)))
                .isInstanceOf(PackException.class)
                .hasMessage("Pack no.acme:letters:1.0.0 is not in the local repository " + local + " and Farvel is "
                        + "offline: fetch it once online (farvel pack fetch no.acme:letters:1.0.0 --repo URL) or "
                        + "install it there with mvn install.");
    }

    @Test
    void aVersionRangePicksTheHighestVersionInside() throws IOException {
        remote.deploy("no.acme", "letters", "1.0", "acme-1.0");
        remote.deploy("no.acme", "letters", "1.5", "acme-1.5");
        remote.deploy("no.acme", "letters", "2.0", "acme-2.0");
        remote.metadata("no/acme/letters", """
                <metadata><groupId>no.acme</groupId><artifactId>letters</artifactId><versioning>
                <latest>2.0</latest><release>2.0</release>
                <versions><version>1.0</version><version>1.5</version><version>2.0</version></versions>
                <lastUpdated>20260101120000</lastUpdated></versioning></metadata>""");

        ResolvedPack resolved = Packs.resolve("no.acme:letters:[1.0,2.0)", options.withVersionRanges(true));

        assertThat(resolved.version()).isEqualTo("1.5");
        assertThat(resolved.coordinates()).hasToString("no.acme:letters:1.5");
        assertThat(Packs.load("no.acme:letters:[1.0,2.0)", options.withVersionRanges(true)).name())
                .isEqualTo("acme-1.5");
    }

    @Test
    void aVersionRangeIsRefusedUnlessAllowed() throws IOException {
        remote.deploy("no.acme", "letters", "1.5", "acme-1.5");

        assertThatThrownBy(() -> Packs.load("no.acme:letters:[1.0,2.0)", options))
                .isInstanceOf(PackException.class)
                .hasMessage("Pack no.acme:letters:[1.0,2.0): a version range takes whatever version is newest in the "
                        + "repository at the time, so the letters could change without anyone choosing it; give one "
                        + "version, such as no.acme:letters:1.2.0, or allow ranges with --allow-version-range "
                        + "(PackOptions.withVersionRanges(true))");
    }

    @Test
    void aPlainHttpRepositoryIsRefusedUnlessAllowed() throws IOException {
        remote.deploy("no.acme", "letters", "1.0.6", "acme-over-http");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = remoteDir.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (file.startsWith(remoteDir) && Files.isRegularFile(file)) {
                byte[] body = Files.readAllBytes(file);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            PackOptions overHttp = options.withRemoteRepositories(List.of("plain::" + url));

            assertThatThrownBy(() -> Packs.load("no.acme:letters:1.0.6", overHttp))
                    .isInstanceOf(PackException.class)
                    .hasMessage("Pack no.acme:letters:1.0.6: the repository " + url + " (id plain) is not https, so "
                            + "anyone on the way could replace the pack and its checksums alike; use an https:// "
                            + "repository or mirror, or allow plain http with --allow-http "
                            + "(PackOptions.withInsecureRepositories(true))");
            assertThat(local.resolve("no/acme/letters/1.0.6")).doesNotExist();
            assertThat(Packs.load("no.acme:letters:1.0.6", overHttp.withInsecureRepositories(true)).name())
                    .isEqualTo("acme-over-http");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aPackChangedInTheLocalRepositoryAfterItWasFetchedIsRefused() throws IOException {
        remote.deploy("no.acme", "letters", "1.0.7", "acme-letters");
        Path jar = Packs.fetch("no.acme:letters:1.0.7", options);
        String fetched = sha1(jar);
        TestRepository.writeJar(jar, "tampered");

        assertThatThrownBy(() -> Packs.load("no.acme:letters:1.0.7", options.withOffline(true)))
                .isInstanceOf(PackException.class)
                .hasMessage("Pack no.acme:letters:1.0.7: the file " + jar + " does not match its SHA-1 checksum in "
                        + "letters-1.0.7.jar.sha1: expected " + fetched + ", actual " + sha1(jar) + "; it changed "
                        + "after it was fetched, so it is refused. Delete " + jar.getParent() + " and fetch the pack "
                        + "again (if you installed a new build there yourself, delete letters-1.0.7.jar.sha1)");
        // The same coordinates and options as the first fetch: the cached resolution is checked again too.
        assertThatThrownBy(() -> Packs.fetch("no.acme:letters:1.0.7", options)).isInstanceOf(PackException.class);
    }

    private static String sha1(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
                    .digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSnapshotResolvesToItsTimestampedJar() throws IOException {
        remote.deploy("no.acme", "letters", "1.1-SNAPSHOT", "1.1-20260101.120000-3", "acme-snapshot");
        remote.metadata("no/acme/letters/1.1-SNAPSHOT", """
                <metadata modelVersion="1.1.0"><groupId>no.acme</groupId><artifactId>letters</artifactId>
                <version>1.1-SNAPSHOT</version><versioning>
                <snapshot><timestamp>20260101.120000</timestamp><buildNumber>3</buildNumber></snapshot>
                <lastUpdated>20260101120000</lastUpdated>
                <snapshotVersions>
                <snapshotVersion><extension>jar</extension><value>1.1-20260101.120000-3</value>
                <updated>20260101120000</updated></snapshotVersion>
                <snapshotVersion><extension>pom</extension><value>1.1-20260101.120000-3</value>
                <updated>20260101120000</updated></snapshotVersion>
                </snapshotVersions></versioning></metadata>""");

        Path jar = Packs.fetch("no.acme:letters:1.1-SNAPSHOT", options);

        // As Maven does: the timestamped jar is downloaded, and used under the SNAPSHOT name as well.
        assertThat(jar.resolveSibling("letters-1.1-20260101.120000-3.jar")).exists();
        assertThat(jar.getFileName().toString()).isEqualTo("letters-1.1-SNAPSHOT.jar");
        assertThat(Packs.load("no.acme:letters:1.1-SNAPSHOT", options).name()).isEqualTo("acme-snapshot");
    }

    @Test
    void resolutionIsCachedForTheLifeOfTheProcess() throws IOException {
        remote.deploy("no.acme", "letters", "1.0.3", "acme-letters");
        Path first = Packs.fetch("no.acme:letters:1.0.3", options);
        Files.delete(remoteDir.resolve("no/acme/letters/1.0.3/letters-1.0.3.jar"));

        assertThat(Packs.fetch("no.acme:letters:1.0.3", options)).isEqualTo(first);
    }

    @Test
    void settingsMirrorsRedirectARepository() throws IOException {
        remote.deploy("no.acme", "letters", "1.0.4", "acme-mirrored");
        Path settings = home.resolve("mirror-settings.xml");
        Files.writeString(settings, "<settings><mirrors><mirror><id>company</id><mirrorOf>*</mirrorOf><url>"
                + remote.url() + "</url></mirror></mirrors></settings>");
        PackOptions viaMirror = options.withSettings(settings)
                .withRemoteRepositories(List.of("elsewhere::file:///nonexistent/repository/"));

        assertThat(Packs.load("no.acme:letters:1.0.4", viaMirror).name()).isEqualTo("acme-mirrored");
    }

    @Test
    void coordinatesOfTheWrongShapeSayWhatIsExpected() {
        assertThatThrownBy(() -> Packs.fetch("no.acme:letters", options))
                .isInstanceOf(PackException.class)
                .hasMessage("'no.acme:letters' are not Maven coordinates; write "
                        + "groupId:artifactId[:extension]:version, such as no.acme:letters:1.2.0");
    }
}
