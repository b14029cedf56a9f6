package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FarvelCommandTest {

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Cli.Run run = Cli.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).contains(
                "Usage: farvel [-hV] [--verbose] [COMMAND]",
                "Exit codes: 0 all good, 1 some record failed, 2 usage error.");
        assertThat(run.out()).containsPattern("(?m)^  render  ").containsPattern("(?m)^  batch  ")
                .containsPattern("(?m)^  validate  ").containsPattern("(?m)^  sample  ")
                .containsPattern("(?m)^  generate-completion  ");
    }

    @Test
    void versionNamesTheBuild() {
        Cli.Run run = Cli.run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).matches("farvel \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Run run = Cli.run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("Missing command: choose one of render, batch, case, validate, check, "
                + "send, serve, pack, sample, generate-completion (farvel --help shows them all)");
    }

    @Test
    void anUnknownOptionIsAUsageErrorThatQuotesIt() {
        Cli.Run run = Cli.run("batch", "in.jsonl", "--out", "out", "--jobs", "two");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("Invalid value for option '--jobs': 'two' is not an int");
    }

    @Test
    void printsAShellCompletionScript() {
        Cli.Run run = Cli.run("generate-completion");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F _complete_farvel").contains("batch").contains("--resume");
    }
}
