package no.farvel.core;

/**
 * The party receiving the letter. Build one with {@link #builder()}, which names every field.
 *
 * @param name the company's or person's name
 * @param orgNumber Norwegian organisation number, or null for foreign clients and private persons
 * @param attention the person the letter is addressed to, or null
 * @param address the postal address the letter goes to
 * @param email where the e-mail goes
 */
public record Client(String name, String orgNumber, String attention, Address address, String email) {

    /** A new builder with every field unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this client's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder().name(name).orgNumber(orgNumber).attention(attention).address(address).email(email);
    }

    /** Sets a {@link Client}'s fields by name. Building never fails: validation reports what is missing. */
    public static final class Builder {
        private String name;
        private String orgNumber;
        private String attention;
        private Address address;
        private String email;

        private Builder() {
        }

        /** The company's or person's name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The Norwegian organisation number, or null for foreign clients and private persons. */
        public Builder orgNumber(String orgNumber) {
            this.orgNumber = orgNumber;
            return this;
        }

        /** The person the letter is addressed to, or null. */
        public Builder attention(String attention) {
            this.attention = attention;
            return this;
        }

        /** The postal address the letter goes to. */
        public Builder address(Address address) {
            this.address = address;
            return this;
        }

        /** The e-mail address the letter goes to. */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** The client with the fields set so far. */
        public Client build() {
            return new Client(name, orgNumber, attention, address, email);
        }
    }
}
