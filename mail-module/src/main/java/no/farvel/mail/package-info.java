/**
 * MIME composition, .eml files and SMTP delivery with its journal.
 *
 * <p>{@link no.farvel.mail.LetterMail} makes a {@link no.farvel.mail.LetterEmail} from a rendered letter,
 * {@link no.farvel.mail.EmlWriter} writes it as an RFC 5322 file, and {@link no.farvel.mail.Outbox} sends the letters
 * of a folder through {@link no.farvel.mail.SmtpSender}, recording every step in a
 * {@link no.farvel.mail.DeliveryJournal} so that a rerun sends exactly what was not yet accepted and never a letter
 * whose fate is in doubt. A {@link no.farvel.mail.StopRequest} stops a run cleanly between letters.
 */
package no.farvel.mail;
