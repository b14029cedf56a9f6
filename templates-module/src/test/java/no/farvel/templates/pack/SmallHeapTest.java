package no.farvel.templates.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.farvel.templates.testing.HostilePack;
import no.farvel.templates.testing.HostilePack.ZipEntryBytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: the hostile packs that are about memory, verified and used in a JVM with a 96 MB heap. Each would need
 * far more than that if it were read or decoded before being refused; the JVM ends normally, reporting every one.
 */
class SmallHeapTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void memoryHostilePacksAreRefusedWithinA96MegabyteHeap() throws IOException, InterruptedException {
        List<String> specs = new ArrayList<>();
        specs.add(HostilePack.copyOfDefault(dir.resolve("png")).write("images/logo.png", HostilePack.hugePng(7000, 7000))
                .replace("farvel-pack.json", "\"images\": {}", "\"images\": {\"logo\": \"images/logo.png\"}")
                .root().toString());
        specs.add(HostilePack.copyOfDefault(dir.resolve("font")).write(HostilePack.REGULAR_FONT,
                HostilePack.fontWithTableLength("head", 1L << 30)).zip(dir.resolve("font.zip")).toString());
        HostilePack sparse = HostilePack.copyOfDefault(dir.resolve("sparse"));
        HostilePack.sparseFile(sparse.root().resolve(HostilePack.REGULAR_FONT), 1L << 30);
        specs.add(sparse.root().toString());
        specs.add(HostilePack.copyOfDefault(dir.resolve("message")).replace("messages_en.properties",
                "closing.thanks=", "closing.thanks=" + "{client.name}".repeat(3_000_000) + " ").root().toString());
        specs.add(HostilePack.copyOfDefault(dir.resolve("doubling")).inLetter(
                "<#assign s = 'x'><#list 1..40 as i><#assign s = s + s></#list>${s?length}").root().toString());
        specs.add(HostilePack.zipWith(dir.resolve("bomb.zip"), List.of(ZipEntryBytes.zeros("images/bomb.png",
                100L << 20))).toString());

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx96m", "-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), SmallHeapVerify.class.getName()));
        command.addAll(specs);
        Path errors = dir.resolve("stderr.txt");
        Process child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        child.getOutputStream().close();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exitCode = child.waitFor();
        String err = Files.readString(errors);

        assertThat(exitCode).as(out + err).isZero();
        assertThat(err).isEmpty();
        assertThat(out).doesNotContain("OutOfMemoryError", "\tat ")
                .contains("images/logo.png: image 'logo': image 'images/logo.png' is 7000 × 7000 pixels (49,000,000), "
                        + "more than the limit of 4,000,000 pixels (imagePixels)")
                .contains("fonts/LiberationSans-Regular.ttf: has a 'head' table that claims 1073741824 bytes")
                .contains("fonts/LiberationSans-Regular.ttf: font 'fonts/LiberationSans-Regular.ttf' is 1024 MiB, "
                        + "larger than the limit of 16 MiB for a pack file (fileSize)")
                .contains("messages_en.properties: 'messages_en.properties' is 37.2 MiB, larger than the limit of "
                        + "16 MiB for a pack file (fileSize)")
                .contains("(templateMemory)")
                .contains("bomb.zip: the archive's entries unpack to more than the limit of 64 MiB (packSize)");
        assertThat(out.lines().filter(line -> line.startsWith("letter refused: ")).count()).isEqualTo(6);
    }
}
