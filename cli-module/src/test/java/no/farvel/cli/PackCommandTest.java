package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsTheBuiltInPack() {
        Cli.Run run = Cli.run("pack", "list", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("default  default 1.0.0  [nb, nn, en]  Farvel's built-in "
                + "termination letter in bokmål, nynorsk and English.");
    }

    @Test
    void verifiesTheBuiltInPack() {
        Cli.Run run = Cli.run("pack", "verify", "default");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("Pack 'default': no problems found");
    }

    @Test
    void aPackWithFaultsFailsWithOneLinePerFault() {
        Path pack = TestFiles.write(dir.resolve("broken/farvel-pack.json"), "{\"name\": \"broken\"");

        Cli.Run run = Cli.run("pack", "verify", pack.getParent().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines().get(0)).startsWith("Pack '");
        assertThat(run.errLines()).hasSizeGreaterThan(1);
    }

    @Test
    void verifyingAPackThatIsNotThereIsAUsageError() {
        Cli.Run run = Cli.run("pack", "verify", dir.resolve("no-such-pack").toString());

        assertThat(run.exitCode()).isEqualTo(FarvelCommand.USAGE);
        assertThat(run.errLines()).containsExactly("farvel: Pack '" + dir.resolve("no-such-pack") + "' not found: give "
                + "a folder, a .jar or .zip file, 'default', or Maven coordinates "
                + "groupId:artifactId[:extension]:version such as no.acme:letters:1.2.0");
    }

    @Test
    void fetchingOfflineWhatIsNotThereSaysSo() {
        Cli.Run run = Cli.run("pack", "fetch", "no.farvel.test:no-such-pack:9.9.9", "--offline",
                "--local-repository", dir.resolve("repo").toString());

        assertThat(run.exitCode()).isEqualTo(FarvelCommand.USAGE);
        assertThat(run.errLines().get(0)).startsWith("farvel: ").contains("no-such-pack");
    }
}
