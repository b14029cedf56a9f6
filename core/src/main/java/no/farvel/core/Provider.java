package no.farvel.core;

/**
 * The party ending the relationship: the sender of the letter.
 *
 * @param orgNumber Norwegian organisation number, nine digits
 * @param bankAccount Norwegian account number (11 digits) where the client pays final invoices
 */
public record Provider(String name, String orgNumber, Address address, String email, String phone,
                       String website, String bankAccount, Signatory signatory) {
}
