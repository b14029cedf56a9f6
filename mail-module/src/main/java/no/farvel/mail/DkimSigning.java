package no.farvel.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * DKIM signing of every message sent: the domain's private RSA key, the selector under which its public key is
 * published ({@code SELECTOR._domainkey.DOMAIN} in DNS) and the signing domain, which should be the From address's.
 * Immutable; the key never appears in {@link #toString()}.
 */
public final class DkimSigning {
    private static final Pattern LABELS = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");

    private final RSAPrivateKey privateKey;
    private final String selector;
    private final String domain;

    private DkimSigning(RSAPrivateKey privateKey, String selector, String domain) {
        this.privateKey = privateKey;
        this.selector = selector;
        this.domain = domain;
    }

    /**
     * Signing with the RSA key in {@code keyFile}: PKCS#8, PEM ({@code -----BEGIN PRIVATE KEY-----}) or DER, as
     * {@code openssl genpkey -algorithm RSA} writes it.
     *
     * @throws IllegalArgumentException naming the file or value that is wrong and how to fix it
     */
    public static DkimSigning fromKeyFile(Path keyFile, String selector, String domain) {
        Objects.requireNonNull(keyFile, "The parameter 'keyFile' must not be null");
        try {
            Class.forName("org.simplejavamail.utils.mail.dkim.DkimSigner", false, DkimSigning.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("DKIM signing needs org.simplejavamail:utils-mail-dkim on the class path;"
                    + " add it to your dependencies (farvel-mail leaves it optional)", e);
        }
        check(selector, "selector", "such as farvel2026");
        check(domain, "domain", "such as nordlys.example, the domain of the From address");
        if (!domain.contains(".")) {
            throw new IllegalArgumentException("The DKIM domain '" + domain + "' is not a domain name; give one such"
                    + " as nordlys.example, the domain of the From address");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(keyFile);
        } catch (IOException e) {
            throw new IllegalArgumentException("The DKIM key file " + keyFile + " cannot be read: " + e, e);
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (text.contains("-----BEGIN RSA PRIVATE KEY-----") || text.contains("ENCRYPTED")) {
            throw new IllegalArgumentException("The DKIM key file " + keyFile + " is not an unencrypted PKCS#8 key;"
                    + " convert it with: openssl pkcs8 -topk8 -nocrypt -in " + keyFile + " -out dkim.pem");
        }
        if (text.contains("-----BEGIN PRIVATE KEY-----")) {
            String base64 = text.substring(text.indexOf("-----BEGIN PRIVATE KEY-----") + 27);
            int end = base64.indexOf("-----END PRIVATE KEY-----");
            bytes = Base64.getMimeDecoder().decode(end < 0 ? base64 : base64.substring(0, end));
        }
        try {
            RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(bytes));
            if (key.getModulus().bitLength() < 1024) {
                throw new IllegalArgumentException("The DKIM key in " + keyFile + " has "
                        + key.getModulus().bitLength() + " bits; receivers ignore keys under 1024 bits, use 2048");
            }
            return new DkimSigning(key, selector, domain.toLowerCase(Locale.ROOT));
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            if (e instanceof IllegalArgumentException i && i.getMessage().startsWith("The DKIM key")) {
                throw i;
            }
            throw new IllegalArgumentException("The DKIM key file " + keyFile + " does not hold an RSA private key"
                    + " (PKCS#8, PEM or DER): " + e.getMessage(), e);
        }
    }

    public RSAPrivateKey privateKey() {
        return privateKey;
    }

    public String selector() {
        return selector;
    }

    public String domain() {
        return domain;
    }

    @Override
    public String toString() {
        return "DKIM " + selector + "._domainkey." + domain;
    }

    private static void check(String value, String what, String example) {
        if (value == null || !LABELS.matcher(value).matches()) {
            throw new IllegalArgumentException("The DKIM " + what + " '" + value + "' is not a DNS name; give one "
                    + example);
        }
    }
}
