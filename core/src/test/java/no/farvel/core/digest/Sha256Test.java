package no.farvel.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Test {
    @Test
    void everyLengthAroundTheNativeThresholdHashesAsTheJdkDoes() throws Exception {
        Random random = new Random(20261204);
        for (int i = 0; i < 20; i++) {
            Sha256.hex(new byte[Sha256.NATIVE_FROM]); // past the first few, which the JDK hashes in every process
        }
        for (int length : new int[] {0, 1, 55, 64, Sha256.NATIVE_FROM - 1, Sha256.NATIVE_FROM, Sha256.NATIVE_FROM + 1,
                65_536, 65_537, 1_000_003}) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            String jdk = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256", "SUN").digest(bytes));

            assertThat(Sha256.hex(bytes)).as("%d bytes", length).isEqualTo(jdk);
            assertThat(Sha256.hex(Channels.newChannel(new ByteArrayInputStream(bytes)))).as("%d bytes read", length)
                    .isEqualTo(jdk);
        }
    }

    @Test
    void theStandardVectorsGiveTheirPublishedDigests() {
        assertThat(Sha256.hex("abc".getBytes())).isEqualTo(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        // FIPS 180-2, appendix B.3: a million times 'a', long enough for the native path.
        assertThat(Sha256.hex("a".repeat(1_000_000).getBytes())).isEqualTo(
                "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    @Test
    void nssHashesLargeInputsWhereTheSoftokenIsInstalled() {
        boolean linux = System.getProperty("os.name").toLowerCase().contains("linux");
        boolean softoken = Files.isRegularFile(Path.of("/usr/lib/x86_64-linux-gnu/libsoftokn3.so"))
                && "amd64".equals(System.getProperty("os.arch"));
        boolean pkcs11 = java.security.Security.getProvider("SunPKCS11") != null;

        String implementation = Sha256.implementation();

        if (linux && softoken && pkcs11 && System.getProperty("farvel.digests") == null) {
            assertThat(implementation).isEqualTo("SunPKCS11-FarvelDigests");
        } else {
            assertThat(implementation).isIn("SUN", "SunPKCS11-FarvelDigests");
        }
    }
}
