package no.farvel.server;

import static no.farvel.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityTest {
    @TempDir
    Path dir;

    @Test
    void letsNoApiRequestInWithoutOneOfTheTokens() throws Exception {
        try (TestServer server = TestServer.start(dir.resolve("work"),
                c -> c.tokens(AccessTokens.of(List.of(TestServer.TOKEN))))) {
            HttpResponse<byte[]> missing = server.get("/v1/packs");
            assertThat(missing.statusCode()).isEqualTo(401);
            assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"farvel\"");
            assertThat(json(missing).path("type").asText()).isEqualTo("urn:farvel:problem:not-authenticated");

            HttpResponse<byte[]> wrong = server.get("/v1/packs", "Authorization", "Bearer wrong-token-0123456789abc");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(json(wrong).path("title").asText()).isEqualTo("The bearer token is not valid");
            assertThat(server.get("/metrics").statusCode()).isEqualTo(401);
            assertThat(server.post("/v1/letters", TestServer.resource("termination.json")).statusCode())
                    .isEqualTo(401);

            assertThat(server.get("/health").statusCode()).isEqualTo(200);
            assertThat(server.get("/").statusCode()).isEqualTo(200);
            server.withToken(TestServer.TOKEN);
            assertThat(server.get("/v1/packs").statusCode()).isEqualTo(200);
            assertThat(server.get("/metrics").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void refusesToListenBeyondLoopbackWithoutTokens() {
        ServerConfig open = ServerConfig.builder(dir.resolve("work")).host("0.0.0.0").port(0).build();

        assertThatThrownBy(() -> FarvelServer.start(open)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Refusing to listen on 0.0.0.0 without authentication: give bearer tokens (--token-file "
                        + "FILE or --token-env VAR), or listen on 127.0.0.1 behind a reverse proxy that authenticates");
    }

    @Test
    void readsTokensFromAFileAndRefusesShortOnes() throws Exception {
        Path file = Files.writeString(dir.resolve("tokens"), "# staff page\n" + TestServer.TOKEN
                + "\n\nsecond-token-abcdefghijklmnop\n");
        AccessTokens tokens = AccessTokens.fromFile(file);

        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.accepts(TestServer.TOKEN)).isTrue();
        assertThat(tokens.accepts("second-token-abcdefghijklmnop")).isTrue();
        assertThat(tokens.accepts(TestServer.TOKEN + "x")).isFalse();
        assertThat(tokens.accepts(null)).isFalse();
        assertThat(tokens.toString()).isEqualTo("2 tokens");
        assertThatThrownBy(() -> AccessTokens.of(List.of("short"))).hasMessage("Token 1 is not a usable bearer token: "
                + "give at least 20 characters without spaces, such as the output of 'openssl rand -hex 32'");
        assertThatThrownBy(() -> AccessTokens.fromEnvironment("FARVEL_TEST_NO_SUCH_VARIABLE"))
                .hasMessageStartingWith("The environment variable FARVEL_TEST_NO_SUCH_VARIABLE is not set");
    }

    @Test
    void servesHttpsFromAKeyStore() throws Exception {
        Path keyStore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "farvel", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            trusted.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);

        try (TestServer server = TestServer.start(dir.resolve("work"), c -> c.tls(keyStore, "changeit".toCharArray()),
                HttpClient.newBuilder().sslContext(tls).build())) {
            assertThat(server.server.uri().getScheme()).isEqualTo("https");
            HttpResponse<byte[]> response = server.get("/health");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        }
    }

    @Test
    void sendsNoCorsHeadersUnlessAnOriginIsAllowed() throws Exception {
        try (TestServer server = TestServer.start(dir.resolve("work"))) {
            HttpResponse<byte[]> response = server.get("/v1/packs", "Origin", "https://elsewhere.example");
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            HttpResponse<byte[]> preflight = server.send(server.request("/v1/letters", "Origin",
                    "https://elsewhere.example", "Access-Control-Request-Method", "POST")
                    .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
        }
        try (TestServer server = TestServer.start(dir.resolve("work2"),
                c -> c.corsOrigins(List.of("https://billing.example")))) {
            HttpResponse<byte[]> allowed = server.get("/v1/packs", "Origin", "https://billing.example");
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://billing.example");
            HttpResponse<byte[]> other = server.get("/v1/packs", "Origin", "https://elsewhere.example");
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void guardsThePagesWithSecurityHeadersAndServesOnlyItsOwnAssets() throws Exception {
        try (TestServer server = TestServer.start(dir.resolve("work"))) {
            HttpResponse<byte[]> page = server.get("/");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval");
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(TestServer.text(page)).doesNotContain("<script>").doesNotContain("onclick=");
            assertThat(server.get("/assets/app.css").statusCode()).isEqualTo(200);
            for (String path : List.of("/assets/..%2F..%2Fopenapi.json", "/assets/%2e%2e%2fweb%2findex.html",
                    "/assets/LetterService.class", "/../../etc/passwd")) {
                assertThat(server.get(path).statusCode()).as(path).isIn(400, 404);
            }
        }
    }
}
