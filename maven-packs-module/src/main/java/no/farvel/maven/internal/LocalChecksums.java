package no.farvel.maven.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import no.farvel.templates.pack.PackException;
import no.farvel.templates.pack.ResolvedPack;

/**
 * The checksums beside a pack in the local repository ({@code letters-1.2.0.jar.sha1} and the like), checked every
 * time the pack is loaded, so a jar changed after it was fetched is refused. Maven Resolver keeps the checksums it
 * verified on download; where it kept none, the SHA-256 of what was downloaded is recorded.
 */
final class LocalChecksums {
    private record Kind(String extension, String algorithm) {
    }

    private static final List<Kind> KINDS = List.of(new Kind("sha512", "SHA-512"), new Kind("sha256", "SHA-256"),
            new Kind("sha1", "SHA-1"));
    private static final Kind RECORDED = KINDS.get(1);

    private LocalChecksums() {
    }

    /** Refuses the pack when its file no longer matches a checksum beside it; each present one is compared. */
    static void verify(ResolvedPack pack) {
        Path file = pack.file();
        for (Kind kind : KINDS) {
            Path sum = sibling(file, kind);
            if (!Files.isRegularFile(sum)) {
                continue;
            }
            String expected;
            String actual;
            try {
                expected = firstWord(Files.readString(sum, StandardCharsets.US_ASCII));
                actual = digest(file, kind.algorithm());
            } catch (IOException e) {
                throw new PackException("Pack " + pack.requested() + ": " + file + " or its checksum " + sum
                        + " cannot be read: " + e.getMessage(), e);
            }
            if (!expected.equalsIgnoreCase(actual)) {
                throw new PackException("Pack " + pack.requested() + ": the file " + file + " does not match its "
                        + kind.algorithm() + " checksum in " + sum.getFileName() + ": expected " + expected
                        + ", actual " + actual + "; it changed after it was fetched, so it is refused. Delete "
                        + file.getParent() + " and fetch the pack again (if you installed a new build there "
                        + "yourself, delete " + sum.getFileName() + ")");
            }
        }
    }

    /** After a download that left no checksum beside the file, records its SHA-256 for later loads. */
    static void recordIfNone(Path file) {
        if (KINDS.stream().anyMatch(kind -> Files.isRegularFile(sibling(file, kind)))) {
            return;
        }
        try {
            Files.writeString(sibling(file, RECORDED), digest(file, RECORDED.algorithm()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new PackException("The checksum of " + file + " cannot be recorded beside it: " + e.getMessage(), e);
        }
    }

    private static Path sibling(Path file, Kind kind) {
        return file.resolveSibling(file.getFileName() + "." + kind.extension());
    }

    private static String firstWord(String text) {
        String stripped = text.strip();
        int space = stripped.indexOf(' ');
        return (space < 0 ? stripped : stripped.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    private static String digest(Path file, String algorithm) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
