package no.farvel.templates.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A Maven repository on disk, laid out as a deploy would: pom, jar, metadata and their SHA-1 and MD5 files. */
public final class TestRepository {
    private static final String DEFAULT_PACK = "no/farvel/templates/packs/default/";
    public static final List<String> PACK_FILES = DefaultPackCopy.FILES;

    private final Path root;

    public TestRepository(Path root) {
        this.root = root;
    }

    public String url() {
        return root.toUri().toString();
    }

    /** Deploys a copy of the default pack renamed {@code name}, as {@code group:artifact:version}. */
    public Path deploy(String group, String artifact, String version, String name) throws IOException {
        return deploy(group, artifact, version, version, name);
    }

    /** Deploys with the file version differing from the directory version, as for timestamped SNAPSHOTs. */
    public Path deploy(String group, String artifact, String version, String fileVersion, String name) throws IOException {
        Path dir = root.resolve(group.replace('.', '/')).resolve(artifact).resolve(version);
        Files.createDirectories(dir);
        Path jar = dir.resolve(artifact + "-" + fileVersion + ".jar");
        write(jar, packJar(name));
        write(dir.resolve(artifact + "-" + fileVersion + ".pom"), ("<project><modelVersion>4.0.0</modelVersion>"
                + "<groupId>" + group + "</groupId><artifactId>" + artifact + "</artifactId><version>" + version
                + "</version></project>").getBytes(StandardCharsets.UTF_8));
        return jar;
    }

    /** Writes {@code maven-metadata.xml} at {@code relative}, with checksums. */
    public void metadata(String relative, String xml) throws IOException {
        Path file = root.resolve(relative).resolve("maven-metadata.xml");
        Files.createDirectories(file.getParent());
        write(file, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        Files.writeString(file.resolveSibling(file.getFileName() + ".sha1"), digest("SHA-1", bytes));
        Files.writeString(file.resolveSibling(file.getFileName() + ".md5"), digest("MD5", bytes));
    }

    public static byte[] packJar(String name) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : PACK_FILES) {
                zip.putNextEntry(new ZipEntry(file));
                try (InputStream in = TestRepository.class.getClassLoader().getResourceAsStream(DEFAULT_PACK + file)) {
                    byte[] content = in.readAllBytes();
                    if (file.equals("farvel-pack.json")) {
                        content = new String(content, StandardCharsets.UTF_8)
                                .replace("\"name\": \"default\"", "\"name\": \"" + name + "\"")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    public static Path writeJar(Path file, String name) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(packJar(name));
        }
        return file;
    }

    private static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
