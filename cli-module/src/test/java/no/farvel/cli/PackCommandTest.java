package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import no.farvel.templates.testing.HostilePack;
import no.farvel.templates.testing.HostilePack.ZipEntryBytes;
import no.farvel.templates.testing.TestRepository;
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
                + "termination letter and case documents in bokmål, nynorsk and English.");
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

    @Test
    void aHostilePackIsReportedOneLinePerProblemWithoutAStackTrace() throws IOException {
        HostilePack pack = HostilePack.copyOfDefault(dir.resolve("hostile"))
                .inLetter("${client.name?<#-- c -->interpret}<#list 1..2000000000 as i></#list>")
                .write(HostilePack.REGULAR_FONT, HostilePack.fontWithTableLength("head", 1L << 30));

        Cli.Run run = Cli.run("pack", "verify", pack.root().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "Pack '" + pack.root().toRealPath() + "': 3 problems",
                "  letter.ftlh:19: template 'letter.ftlh', line 19, column 20: ?interpret is not allowed: it evaluates "
                        + "text as a template or as JSON, and data must never be evaluated as a template",
                "  letter.ftlh:19: template 'letter.ftlh', line 19, column 52: this <#list> has an empty body; a loop "
                        + "that writes nothing can still run for as long as its range, so it is refused",
                "  fonts/LiberationSans-Regular.ttf: has a 'head' table that claims 1073741824 bytes at offset 316, "
                        + "beyond the end of the file (410712 bytes): the file is damaged or made to exhaust memory");
    }

    @Test
    void anArchiveThatReachesOutsideItselfIsOneProblem() throws IOException {
        Path zip = HostilePack.zipWith(dir.resolve("evil.zip"), List.of(ZipEntryBytes.of("../../evil.sh", "boo")));

        Cli.Run run = Cli.run("pack", "verify", zip.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("Pack '" + zip + "': 1 problem",
                "  evil.zip: the archive has an entry named '../../evil.sh', which leads outside the pack; an entry "
                        + "name must be a relative path without '..'");
        assertThat(dir.resolveSibling("evil.sh")).doesNotExist();
    }

    @Test
    void aPacksNameAndDescriptionCannotWriteToTheTerminalRaw() throws IOException {
        HostilePack.copyOfDefault(dir.resolve("sly"))
                .replace("farvel-pack.json", "\"name\": \"default\"", "\"name\": \"sly\\u001b[2J\"")
                .replace("farvel-pack.json", "\"description\": \"", "\"description\": \"ok\\nfake  line \\u202e ");

        Cli.Run run = Cli.run("pack", "list", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(1)).startsWith(dir.resolve("sly") + "  sly\\u001B[2J 1.0.0  [nb, nn, en]  "
                + "ok\\nfake  line \\u202E Farvel's built-in");
    }

    @Test
    void aPackLimitCanBeChangedAndABadOneIsAUsageError() throws IOException {
        HostilePack pack = HostilePack.copyOfDefault(dir.resolve("slow")).inLetter(
                "<#list 1..2000000000 as i><#list 1..2000000000 as j><#if j < 0>x</#if></#list></#list>");

        Cli.Run slow = Cli.run("pack", "verify", pack.root().toString(), "--pack-limit", "templateTime=1s",
                "--pack-limit", "templateMemory=64GiB");
        Cli.Run bad = Cli.run("pack", "verify", "default", "--pack-limit", "templateTime=soon");

        assertThat(slow.exitCode()).isEqualTo(1);
        assertThat(slow.errLines()).hasSize(2);
        assertThat(slow.errLines().get(1)).contains("the template ran longer than the limit of 1 s (templateTime); "
                + "raise it with --pack-limit templateTime=VALUE");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.errLines().get(0)).isEqualTo("Invalid value for option '--pack-limit': The pack limit "
                + "templateTime cannot be 'soon'; give a time such as 30s, 500ms or 2m");
    }

    @Test
    void plainHttpRepositoriesAreRefusedUnlessAllowed() {
        Cli.Run run = Cli.run("pack", "fetch", "no.acme:letters:1.0.0", "--repo", "http://127.0.0.1:9/maven",
                "--local-repository", dir.resolve("repo").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("farvel: Pack no.acme:letters:1.0.0: the repository "
                + "http://127.0.0.1:9/maven (id pack-repository-1) is not https, so anyone on the way could replace "
                + "the pack and its checksums alike; use an https:// repository or mirror, or allow plain http with "
                + "--allow-http (PackOptions.withInsecureRepositories(true))");
    }

    @Test
    void aVersionRangeNeedsItsFlagAndThenSaysWhichVersionItTook() throws IOException {
        TestRepository remote = new TestRepository(dir.resolve("remote"));
        remote.deploy("no.acme", "letters", "1.0", "acme-1.0");
        remote.deploy("no.acme", "letters", "1.5", "acme-1.5");
        remote.metadata("no/acme/letters", "<metadata><groupId>no.acme</groupId><artifactId>letters</artifactId>"
                + "<versioning><versions><version>1.0</version><version>1.5</version></versions>"
                + "<lastUpdated>20260101120000</lastUpdated></versioning></metadata>");
        String[] fetch = {"pack", "fetch", "no.acme:letters:[1.0,2.0)", "--repo", remote.url(), "--local-repository",
            dir.resolve("repo").toString()};

        Cli.Run refused = Cli.run(fetch);
        Cli.Run allowed = Cli.run(concat(fetch, "--allow-version-range"));

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.errLines().get(0)).startsWith("farvel: Pack no.acme:letters:[1.0,2.0): a version range "
                + "takes whatever version is newest");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(allowed.errLines()).containsExactly("Pack no.acme:letters:[1.0,2.0) is version 1.5");
        assertThat(allowed.outLines()).containsExactly(dir.resolve("repo/no/acme/letters/1.5/letters-1.5.jar")
                .toString());
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
