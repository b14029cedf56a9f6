package no.farvel.mail.internal;

import no.farvel.core.digest.Sha256;

/** SHA-256 in lower-case hex, as the journal and the manifest write it. */
public final class Digests {
    private Digests() {
    }

    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
