package no.farvel.core;

/**
 * The party ending the relationship: the sender of the letter. Build one with {@link #builder()}, which names every
 * field, rather than with the constructor's eight positions.
 *
 * @param name the company name, as on the letterhead
 * @param orgNumber Norwegian organisation number, nine digits
 * @param address the postal address on the letterhead
 * @param email where the client writes back
 * @param phone a telephone number, or null
 * @param website a web address such as {@code nordlys.example}, or null
 * @param bankAccount Norwegian account number (11 digits) where the client pays final invoices
 * @param signatory the person who signs the letter
 */
public record Provider(String name, String orgNumber, Address address, String email, String phone,
                       String website, String bankAccount, Signatory signatory) {

    /** A new builder with every field unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this provider's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder().name(name).orgNumber(orgNumber).address(address).email(email).phone(phone)
                .website(website).bankAccount(bankAccount).signatory(signatory);
    }

    /** Sets a {@link Provider}'s fields by name. Building never fails: validation reports what is missing. */
    public static final class Builder {
        private String name;
        private String orgNumber;
        private Address address;
        private String email;
        private String phone;
        private String website;
        private String bankAccount;
        private Signatory signatory;

        private Builder() {
        }

        /** The company name, as on the letterhead. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The Norwegian organisation number, nine digits. */
        public Builder orgNumber(String orgNumber) {
            this.orgNumber = orgNumber;
            return this;
        }

        /** The postal address on the letterhead. */
        public Builder address(Address address) {
            this.address = address;
            return this;
        }

        /** The e-mail address the client writes back to. */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** A telephone number, or null. */
        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        /** A web address such as {@code nordlys.example}, or null. */
        public Builder website(String website) {
            this.website = website;
            return this;
        }

        /** The account the client pays final invoices to, 11 digits. */
        public Builder bankAccount(String bankAccount) {
            this.bankAccount = bankAccount;
            return this;
        }

        /** The person who signs the letter. */
        public Builder signatory(Signatory signatory) {
            this.signatory = signatory;
            return this;
        }

        /**
         * Sets the person who signs.
         *
         * @param name the signatory's name
         * @param title the signatory's title, such as {@code Daglig leder}
         * @return this builder
         */
        public Builder signatory(String name, String title) {
            return signatory(new Signatory(name, title));
        }

        /** The provider with the fields set so far. */
        public Provider build() {
            return new Provider(name, orgNumber, address, email, phone, website, bankAccount, signatory);
        }
    }
}
