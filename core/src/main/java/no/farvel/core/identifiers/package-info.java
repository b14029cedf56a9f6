/**
 * Norwegian identifiers and their check digits: organisation number, account number, KID; and IBAN, BIC and e-mail.
 */
package no.farvel.core.identifiers;
