package no.farvel.core;

/**
 * The party ending the relationship: the sender of the letter. Build one with {@link #builder()}, which names every
 * field, rather than with the constructor's twelve positions.
 *
 * @param name the company name, as on the letterhead
 * @param orgNumber Norwegian organisation number, nine digits
 * @param address the postal address on the letterhead
 * @param email where the client writes back
 * @param phone a telephone number, or null
 * @param website a web address such as {@code nordlys.example}, or null
 * @param bankAccount Norwegian account number (11 digits) where a client in Norway pays invoices in kroner
 * @param signatory the person who signs the letter
 * @param iban the account, as a compact IBAN, where a client abroad or an invoice in another currency is paid; or null
 * @param bic the bank's BIC (SWIFT code) for that IBAN, 8 or 11 characters; or null
 * @param businessRegister whether the provider is registered in Foretaksregisteret; never null (false when not given)
 * @param vatRegistered whether the provider is registered for VAT (MVA); never null (false when not given)
 */
public record Provider(String name, String orgNumber, Address address, String email, String phone,
                       String website, String bankAccount, Signatory signatory, String iban, String bic,
                       Boolean businessRegister, Boolean vatRegistered) {

    /** Takes a missing registration as "not registered". */
    public Provider {
        businessRegister = Boolean.TRUE.equals(businessRegister);
        vatRegistered = Boolean.TRUE.equals(vatRegistered);
    }

    /** A provider without IBAN, BIC or registrations, as the contract had it before they were added. */
    public Provider(String name, String orgNumber, Address address, String email, String phone, String website,
                    String bankAccount, Signatory signatory) {
        this(name, orgNumber, address, email, phone, website, bankAccount, signatory, null, null, false, false);
    }

    /** A new builder with every field unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this provider's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder().name(name).orgNumber(orgNumber).address(address).email(email).phone(phone)
                .website(website).bankAccount(bankAccount).signatory(signatory).iban(iban).bic(bic)
                .businessRegister(businessRegister).vatRegistered(vatRegistered);
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
        private String iban;
        private String bic;
        private Boolean businessRegister;
        private Boolean vatRegistered;

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

        /** The account a client in Norway pays invoices in kroner to, 11 digits. */
        public Builder bankAccount(String bankAccount) {
            this.bankAccount = bankAccount;
            return this;
        }

        /** The account for payments from abroad or in other currencies, as a compact IBAN such as NO9386011117947. */
        public Builder iban(String iban) {
            this.iban = iban;
            return this;
        }

        /** The BIC (SWIFT code) of the bank holding the IBAN, such as DNBANOKK. */
        public Builder bic(String bic) {
            this.bic = bic;
            return this;
        }

        /** Whether the provider is registered in Foretaksregisteret, which its letters must then say. */
        public Builder businessRegister(Boolean businessRegister) {
            this.businessRegister = businessRegister;
            return this;
        }

        /** Whether the provider is registered for VAT, which its letters mark with MVA after the org. number. */
        public Builder vatRegistered(Boolean vatRegistered) {
            this.vatRegistered = vatRegistered;
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
            return new Provider(name, orgNumber, address, email, phone, website, bankAccount, signatory, iban, bic,
                    businessRegister, vatRegistered);
        }
    }
}
