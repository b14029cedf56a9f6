package no.farvel.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"post@nordlys.example", "ola.nordmann+faktura@firma.no", "a@b.no",
            "!#$%&'*+-/=?^_`{|}~@x.no", "\"ola..hansen\"@firma.no", "\"a@b\"@firma.no", "\"a\\\"b\"@firma.no",
            "kari@xn--blbr-roac.no", "x@sub-domain.example.co.uk", "OLA@FIRMA.NO"})
    void acceptsDotAtomAndQuotedLocalPartsWithLdhDomains(String address) {
        assertThat(EmailAddress.problem(address)).isEmpty();
        assertThat(EmailAddress.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ola nordmann@firma.no | it contains whitespace",
        "'ola@firma.no '       | it contains whitespace",
        "ola.firma.no          | it has no '@'",
        "@firma.no             | the part before '@' is empty",
        "ola@                  | the part after '@' is empty",
        "ola@@firma.no         | it has more than one '@'",
        "ola@kari@firma.no     | it has more than one '@'",
        ".ola@firma.no         | the part before '@' starts or ends with a dot or has two dots in a row",
        "ola.@firma.no         | the part before '@' starts or ends with a dot or has two dots in a row",
        "ola..n@firma.no       | the part before '@' starts or ends with a dot or has two dots in a row",
        "ola(x)@firma.no       | '(' is not allowed before '@' unless that part is in quotes",
        "åse@firma.no          | 'å' is not allowed before '@' unless that part is in quotes",
        "\"ola@firma.no        | the part before '@' is not a valid quoted string",
        "\"o\"la\"@firma.no    | the part before '@' is not a valid quoted string",
        "\"ola\\\"@firma.no    | the part before '@' is not a valid quoted string",
        "ola@firma..no         | the domain starts or ends with a dot or has two dots in a row",
        "ola@.firma.no         | the domain starts or ends with a dot or has two dots in a row",
        "ola@firma.no.         | the domain starts or ends with a dot or has two dots in a row",
        "ola@-firma.no         | the domain label '-firma' starts or ends with '-'",
        "ola@firma-.no         | the domain label 'firma-' starts or ends with '-'",
        "ola@fir_ma.no         | the domain label 'fir_ma' may only contain letters a-z, digits and '-'"
                + " (write international domains in their xn-- form)",
        "kari@blåbær.no        | the domain label 'blåbær' may only contain letters a-z, digits and '-'"
                + " (write international domains in their xn-- form)",
        "ola@[192.0.2.1]       | the domain label '[192' may only contain letters a-z, digits and '-'"
                + " (write international domains in their xn-- form)",
        "ola@localhost         | the domain 'localhost' has no top-level domain such as .no",
    })
    void explainsWhatIsWrong(String address, String problem) {
        assertThat(EmailAddress.problem(address)).contains(problem);
        assertThat(EmailAddress.isValid(address)).isFalse();
    }

    @Test
    void refusesTabsAndLineBreaks() {
        assertThat(EmailAddress.problem("ola@firma.no\n")).contains("it contains whitespace");
        assertThat(EmailAddress.problem("ola\t@firma.no")).contains("it contains whitespace");
    }

    @Test
    void limitsTheLocalPartTo64Characters() {
        assertThat(EmailAddress.isValid("a".repeat(64) + "@firma.no")).isTrue();
        assertThat(EmailAddress.problem("a".repeat(65) + "@firma.no"))
                .contains("the part before '@' is 65 characters long; the limit is 64");
    }

    @Test
    void limitsDomainLabelsTo63Characters() {
        assertThat(EmailAddress.isValid("ola@" + "d".repeat(63) + ".no")).isTrue();
        assertThat(EmailAddress.problem("ola@" + "d".repeat(64) + ".no"))
                .contains("the domain label '" + "d".repeat(64) + "' is 64 characters long; the limit is 63");
    }

    @Test
    void limitsTheDomainTo253Characters() {
        String label = "d".repeat(62);
        String domain253 = String.join(".", label, label, label, label.substring(1)) + ".no"; // 3*63 + 62 + 2
        assertThat(domain253).hasSize(253);
        assertThat(EmailAddress.isValid("ola@" + domain253)).isTrue();
        assertThat(EmailAddress.problem("ola@x" + domain253))
                .contains("the domain is 254 characters long; the limit is 253");
    }

    @Test
    void isValidRefusesNullWhileProblemNamesTheParameter() {
        assertThat(EmailAddress.isValid(null)).isFalse();
        assertThatThrownBy(() -> EmailAddress.problem(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("The parameter 'address' must not be null");
    }
}
