/** MIME composition, .eml files and SMTP delivery with its journal. */
package no.farvel.mail;
