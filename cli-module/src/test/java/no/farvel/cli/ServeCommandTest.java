package no.farvel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void refusesToListenBeyondLoopbackWithoutTokens() {
        Cli.Run run = Cli.run("serve", "--host", "0.0.0.0", "--port", "0", "--work", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("Refusing to listen on 0.0.0.0 without authentication: give "
                + "bearer tokens (--token-file FILE or --token-env VAR), or listen on 127.0.0.1 behind a reverse proxy "
                + "that authenticates");
    }

    @Test
    void refusesAShortTokenAndTwoSourcesOfTokens() throws Exception {
        Path tokens = Files.writeString(dir.resolve("tokens"), "secret\n");

        Cli.Run shortToken = Cli.run("serve", "--port", "0", "--work", dir.toString(), "--token-file",
                tokens.toString());
        Cli.Run both = Cli.run("serve", "--port", "0", "--work", dir.toString(), "--token-file", tokens.toString(),
                "--token-env", "FARVEL_TOKENS");

        assertThat(shortToken.exitCode()).isEqualTo(2);
        assertThat(shortToken.errLines().get(0)).isEqualTo(tokens + ": Token 1 is not a usable bearer token: give at "
                + "least 20 characters without spaces, such as the output of 'openssl rand -hex 32'");
        assertThat(both.errLines().get(0)).isEqualTo("Give --token-file or --token-env, not both");
    }

    @Test
    void needsTheKeyStorePasswordFromTheEnvironment() {
        Cli.Run run = Cli.run("serve", "--port", "0", "--work", dir.toString(), "--keystore",
                dir.resolve("server.p12").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("Give --keystore-password-env VAR with --keystore");
    }
}
