package no.farvel.mail.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The certificates a TLS connection trusts: the JDK's own plus any CA the user names, never instead of them. Remembers
 * the certificate a server presented when it was refused, so the error can name it.
 */
public final class TrustedCertificates {
    private final SSLSocketFactory factory;
    private volatile X509Certificate refused;

    private TrustedCertificates(List<X509Certificate> extra) {
        try {
            X509ExtendedTrustManager jdk = trustManager(null);
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (X509Certificate ca : jdk.getAcceptedIssuers()) {
                store.setCertificateEntry("jdk-" + n++, ca);
            }
            for (X509Certificate ca : extra) {
                store.setCertificateEntry("extra-" + n++, ca);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new Recording(trustManager(store))}, null);
            this.factory = context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Setting up TLS failed: " + e.getMessage(), e);
        }
    }

    /** The JDK's trusted certificates plus {@code extra}. */
    public static TrustedCertificates with(List<X509Certificate> extra) {
        return new TrustedCertificates(extra);
    }

    public SSLSocketFactory socketFactory() {
        return factory;
    }

    /**
     * Why a TLS handshake with {@code host:port} failed, for the person running the send: when the server's certificate
     * was refused, its subject and issuer, and how to trust a company's own certificate authority.
     */
    public String refusal(String host, int port, SSLException e) {
        String server = host + ":" + port;
        X509Certificate certificate = refused;
        if (certificate == null) {
            return "the TLS handshake with " + server + " failed: " + e.getMessage();
        }
        String problem = e.getMessage() != null && e.getMessage().contains("No subject alternative")
                ? "is not made out for " + host : "is not trusted";
        return "the certificate of " + server + " " + problem + " (subject " + certificate.getSubjectX500Principal()
                + ", issued by " + certificate.getIssuerX500Principal() + "). If your organisation runs its own"
                + " certificate authority, trust its certificate with --ca-cert FILE"
                + " (SmtpSettings.Builder.caCertificates)";
    }

    /**
     * Every certificate in a PEM file.
     *
     * @throws IllegalArgumentException naming the file when it cannot be read or holds no certificate
     */
    public static List<X509Certificate> readPem(Path file) {
        Collection<? extends Certificate> read;
        try (InputStream in = Files.newInputStream(file)) {
            read = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("The CA certificate file " + file + " cannot be read: " + e, e);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("The CA certificate file " + file + " is not PEM certificates"
                    + " (-----BEGIN CERTIFICATE-----): " + e.getMessage(), e);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : read) {
            certificates.add((X509Certificate) certificate);
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("The CA certificate file " + file + " holds no certificate; give the"
                    + " CA's certificate in PEM form (-----BEGIN CERTIFICATE-----)");
        }
        return certificates;
    }

    private static X509ExtendedTrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new IllegalStateException("The JDK offers no X.509 trust manager");
    }

    /** One of the trust manager's checks. */
    @FunctionalInterface
    private interface Check {
        void run() throws CertificateException;
    }

    /** Delegates every check, keeping the server's certificate when it is refused. */
    private final class Recording extends X509ExtendedTrustManager {
        private final X509ExtendedTrustManager delegate;

        Recording(X509ExtendedTrustManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            remember(chain, () -> delegate.checkServerTrusted(chain, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            remember(chain, () -> delegate.checkServerTrusted(chain, authType, engine));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            remember(chain, () -> delegate.checkServerTrusted(chain, authType));
        }

        private void remember(X509Certificate[] chain, Check check) throws CertificateException {
            try {
                check.run();
            } catch (CertificateException e) {
                refused = chain.length > 0 ? chain[0] : null;
                throw e;
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            delegate.checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            delegate.checkClientTrusted(chain, authType, engine);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }
    }
}
