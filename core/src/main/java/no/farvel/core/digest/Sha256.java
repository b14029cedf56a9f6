package no.farvel.core.digest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SHA-256 in lower-case hex, as manifests and delivery journals write it, computed where it is quickest.
 *
 * <p>Farvel's batches run with the quick compiler C1 only, which has no intrinsic for SHA-256: the JDK's own
 * implementation then hashes about 140 MB/s, and the hashes of the files a batch writes took about an eighth of its
 * CPU. Where the JDK's PKCS#11 provider ({@code SunPKCS11}, module {@code jdk.crypto.cryptoki}) can load the
 * platform's NSS softoken ({@code libsoftokn3}, as Linux distributions ship it), larger inputs are hashed there, in
 * native code (about 1.4 GB/s on the development machine, using the CPU's SHA instructions where it has them). Inputs
 * under {@value #NATIVE_FROM} bytes, the first few large ones of a process, and every input where NSS cannot be loaded
 * or does not give the known digest of a test vector, are hashed by the JDK. Both give the same bytes; the choice
 * changes only the speed.
 *
 * <p>The system property {@code farvel.digests=jdk} keeps every hash in the JDK.
 */
public final class Sha256 {
    /** Inputs shorter than this are hashed by the JDK: below it a call into native code saves nothing. */
    public static final int NATIVE_FROM = 4096;

    /**
     * How many large inputs the JDK hashes before NSS is loaded: loading it takes some 50 ms, more than a single
     * letter's files cost to hash, so a command that writes one letter never loads it.
     */
    private static final int JDK_FIRST = 16;
    private static final AtomicInteger LARGE_INPUTS = new AtomicInteger();
    private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    private Sha256() {
    }

    /** The SHA-256 of {@code bytes} as 64 lower-case hex digits. */
    public static String hex(byte[] bytes) {
        MessageDigest digest = digest(bytes.length);
        try {
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (ProviderException e) {
            // NSS failed on this input after passing its test: the JDK gives the same digest.
            return HexFormat.of().formatHex(digest(0).digest(bytes));
        }
    }

    /** The SHA-256 of what is left to read in {@code channel} (read 64 KiB at a time) as 64 lower-case hex digits. */
    public static String hex(ReadableByteChannel channel) throws IOException {
        MessageDigest digest = digest(NATIVE_FROM);
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        while (channel.read(buffer) >= 0) {
            buffer.flip();
            digest.update(buffer);
            buffer.clear();
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Which implementation hashes inputs of {@value #NATIVE_FROM} bytes and more once a process has hashed a few: the
     * provider's name, {@code SunPKCS11-FarvelDigests} (NSS) or {@code SUN} (the JDK's own).
     */
    public static String implementation() {
        return Native.PROVIDER.map(Provider::getName).orElse("SUN");
    }

    private static MessageDigest digest(int length) {
        // Counted only until NSS takes over: no shared counter for the workers to write at every file after that.
        boolean large = length >= NATIVE_FROM
                && (LARGE_INPUTS.get() > JDK_FIRST || LARGE_INPUTS.incrementAndGet() > JDK_FIRST);
        Optional<Provider> nss = large ? Native.PROVIDER : Optional.empty();
        try {
            return nss.isPresent() ? MessageDigest.getInstance("SHA-256", nss.get())
                    : MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** NSS through SunPKCS11, loaded once, when the first large input after the JDK's first few comes. */
    private static final class Native {
        static final Optional<Provider> PROVIDER = load();

        private static Optional<Provider> load() {
            if ("jdk".equalsIgnoreCase(System.getProperty("farvel.digests", ""))
                    || !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
                return Optional.empty();
            }
            Optional<Path> softoken = libraryDirectories().stream()
                    .filter(directory -> Files.isRegularFile(directory.resolve("libsoftokn3.so")))
                    .findFirst();
            Provider pkcs11 = Security.getProvider("SunPKCS11");
            if (softoken.isEmpty() || pkcs11 == null) {
                return Optional.empty();
            }
            try {
                Provider nss = pkcs11.configure("--name=FarvelDigests\n"
                        + "nssLibraryDirectory=" + softoken.get() + "\n"
                        + "nssDbMode=noDb\n"
                        + "attributes=compatibility\n");
                byte[] abc = MessageDigest.getInstance("SHA-256", nss).digest(new byte[] {'a', 'b', 'c'});
                return HexFormat.of().formatHex(abc).equals(ABC_SHA256) ? Optional.of(nss) : Optional.empty();
            } catch (RuntimeException | NoSuchAlgorithmException | LinkageError e) {
                // No NSS that works here: the JDK hashes everything, as it would without NSS.
                return Optional.empty();
            }
        }

        private static List<Path> libraryDirectories() {
            String arch = System.getProperty("os.arch", "");
            String multiarch = switch (arch) {
                case "amd64", "x86_64" -> "x86_64-linux-gnu";
                case "aarch64" -> "aarch64-linux-gnu";
                default -> arch + "-linux-gnu";
            };
            return List.of(Path.of("/usr/lib", multiarch), Path.of("/usr/lib", multiarch, "nss"), Path.of("/usr/lib64"),
                    Path.of("/usr/lib64/nss"), Path.of("/usr/lib"), Path.of("/usr/lib/nss"));
        }
    }
}
