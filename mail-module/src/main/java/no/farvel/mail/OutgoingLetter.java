package no.farvel.mail;

import java.nio.file.Path;
import java.util.List;

/**
 * A message waiting in an outbox folder.
 *
 * @param file the .eml file
 * @param messageId its Message-ID, with angle brackets
 * @param recipients its To, Cc and Bcc addresses
 * @param sha256 the SHA-256 of the file, in hex
 */
public record OutgoingLetter(Path file, String messageId, List<String> recipients, String sha256) {
    public OutgoingLetter {
        recipients = List.copyOf(recipients);
    }
}
