package no.farvel.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import no.farvel.mail.DkimSigning;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.simplejavamail.utils.mail.dkim.SigningAlgorithm;

/**
 * Signs a message with DKIM through utils-mail-dkim, an optional dependency: this class is loaded only when signing
 * is asked for, and {@link DkimSigning} has checked by then that the library is there.
 */
final class DkimStamp {
    private DkimStamp() {
    }

    /** The message with a DKIM-Signature header that covers its headers and body as they will be written. */
    static MimeMessage sign(MimeMessage message, DkimSigning dkim) throws MessagingException {
        DkimSigner signer = new DkimSigner(dkim.domain(), dkim.selector(), dkim.privateKey());
        // Relaxed canonicalisation survives the re-folding and whitespace changes relays make on the way.
        signer.setHeaderCanonicalization(Canonicalization.RELAXED);
        signer.setBodyCanonicalization(Canonicalization.RELAXED);
        signer.setSigningAlgorithm(SigningAlgorithm.SHA256_WITH_RSA);
        signer.setLengthParam(false);
        signer.setCopyHeaderFields(false);
        // The public key is the domain owner's business in DNS; a lookup here would make sending depend on DNS.
        signer.setCheckDomainKey(false);
        return new DkimMessage(message, signer);
    }
}
