package no.farvel.mail.testing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A self-signed certificate for localhost and 127.0.0.1, made with the JDK's keytool for this test run only. */
public final class TestCertificate {
    public static final String PASSWORD = "changeit";
    private static TestCertificate instance;

    private final Path keyStoreFile;
    private final SSLContext server;
    private final SSLContext client;

    private TestCertificate(Path keyStoreFile) throws Exception {
        this.keyStoreFile = keyStoreFile;
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD.toCharArray());
        server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, null);

        Certificate certificate = keys.getCertificate("farvel");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("farvel", certificate);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        client = SSLContext.getInstance("TLS");
        client.init(null, tmf.getTrustManagers(), null);
    }

    /** The certificate, made on first use. */
    public static synchronized TestCertificate get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("farvel-tls");
                Path store = dir.resolve("localhost.p12");
                String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
                Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "farvel", "-keyalg", "RSA",
                        "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                        "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                        "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                        .redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes());
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("keytool failed: " + output);
                }
                instance = new TestCertificate(store);
            } catch (Exception e) {
                throw new IllegalStateException("Making the test certificate failed", e);
            }
        }
        return instance;
    }

    public Path keyStoreFile() {
        return keyStoreFile;
    }

    /** The certificate in PEM form, as a company hands out its CA's. */
    public String pem() {
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, PASSWORD.toCharArray());
            return "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(keys.getCertificate("farvel").getEncoded()) + "\n-----END CERTIFICATE-----\n";
        } catch (Exception e) {
            throw new IllegalStateException("Reading the test certificate failed", e);
        }
    }

    /** For the server: presents the certificate. */
    public SSLContext serverContext() {
        return server;
    }

    /** For the client: trusts exactly this certificate. */
    public SSLContext clientContext() {
        return client;
    }
}
