/**
 * MIME composition, .eml files and SMTP delivery with its journal.
 *
 * <p>{@link no.farvel.mail.LetterMail} makes a {@link no.farvel.mail.LetterEmail} from a rendered letter,
 * {@link no.farvel.mail.EmlWriter} writes it as an RFC 5322 file, and {@link no.farvel.mail.Outbox} sends a folder
 * of such files through {@link no.farvel.mail.SmtpSender}, recording every attempt in a
 * {@link no.farvel.mail.DeliveryJournal} so that a rerun sends exactly what was not yet accepted.
 */
package no.farvel.mail;
