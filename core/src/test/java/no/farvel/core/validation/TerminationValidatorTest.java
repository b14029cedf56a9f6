package no.farvel.core.validation;

import static no.farvel.core.validation.Terminations.NOK;
import static no.farvel.core.validation.Terminations.client;
import static no.farvel.core.validation.Terminations.invoice;
import static no.farvel.core.validation.Terminations.provider;
import static no.farvel.core.validation.Terminations.refund;
import static no.farvel.core.validation.Terminations.valid;
import static no.farvel.core.validation.Terminations.validBuilder;
import static no.farvel.core.validation.ViolationCode.CONTROL_CHARACTER;
import static no.farvel.core.validation.ViolationCode.DATE_ORDER;
import static no.farvel.core.validation.ViolationCode.OUT_OF_RANGE;
import static no.farvel.core.validation.ViolationCode.DETAIL_REQUIRED;
import static no.farvel.core.validation.ViolationCode.INVALID_ACCOUNT;
import static no.farvel.core.validation.ViolationCode.INVALID_BIC;
import static no.farvel.core.validation.ViolationCode.INVALID_COUNTRY;
import static no.farvel.core.validation.ViolationCode.INVALID_EMAIL;
import static no.farvel.core.validation.ViolationCode.INVALID_IBAN;
import static no.farvel.core.validation.ViolationCode.INVALID_ID;
import static no.farvel.core.validation.ViolationCode.INVISIBLE_CHARACTER;
import static no.farvel.core.validation.ViolationCode.INVALID_KID;
import static no.farvel.core.validation.ViolationCode.INVALID_ORG_NUMBER;
import static no.farvel.core.validation.ViolationCode.INVALID_POSTAL_CODE;
import static no.farvel.core.validation.ViolationCode.NOT_POSITIVE;
import static no.farvel.core.validation.ViolationCode.NO_REASON;
import static no.farvel.core.validation.ViolationCode.REQUIRED;
import static no.farvel.core.validation.ViolationCode.SET_OFF_TOO_LARGE;
import static no.farvel.core.validation.ViolationCode.TOO_LONG;
import static no.farvel.core.validation.ViolationCode.TOO_MANY;
import static no.farvel.core.validation.ViolationCode.TOO_LARGE;
import static no.farvel.core.validation.ViolationCode.TOO_MANY_DECIMALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import no.farvel.core.Address;
import no.farvel.core.CaseNotes;
import no.farvel.core.Client;
import no.farvel.core.Closing;
import no.farvel.core.Consequences;
import no.farvel.core.Contact;
import no.farvel.core.Contract;
import no.farvel.core.FinalInvoice;
import no.farvel.core.InvoiceStatus;
import no.farvel.core.Provider;
import no.farvel.core.Reason;
import no.farvel.core.ReasonType;
import no.farvel.core.Reference;
import no.farvel.core.Refund;
import no.farvel.core.RefundSettlement;
import no.farvel.core.Signatory;
import no.farvel.core.StepTaken;
import no.farvel.core.Termination;
import no.farvel.core.Transition;

class TerminationValidatorTest {

    @Test
    void aCompleteTerminationHasNoViolations() {
        assertThat(TerminationValidator.validate(valid())).isEmpty();
    }

    @Test
    void refusesNullNamingTheParameter() {
        assertThatThrownBy(() -> TerminationValidator.validate(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("The parameter 'termination' must not be null");
    }

    @Test
    void reportsFiveDifferentFaultsAtOnce() {
        Termination termination = validBuilder()
                .id("acme/../x")
                .provider(withOrgNumber(provider(), "987654321"))
                .addFinalInvoice(new FinalInvoice("2026-1100", LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 1),
                        new BigDecimal("-5"), NOK, null, InvoiceStatus.OPEN))
                .closing(new Closing(true, true, "Takk\nfor alt"))
                .build();

        assertThat(TerminationValidator.validate(termination)).containsExactly(
                new Violation("id", INVALID_ID, RecordIds.problem("acme/../x").orElseThrow()),
                new Violation("provider.orgNumber", INVALID_ORG_NUMBER,
                        "'987654321' fails the MOD11 check for organisation numbers"),
                new Violation("finalInvoices[2].due", DATE_ORDER, "'2026-11-01' is before the issue date 2026-11-28"),
                new Violation("finalInvoices[2].amount", NOT_POSITIVE, "'-5' is not more than zero"),
                new Violation("closing.personalNote", CONTROL_CHARACTER, "'Takk\\nfor alt' contains the control"
                        + " character U+000A at position 5; remove line breaks, tabs and other control characters"));
    }

    @Test
    void anEmptyTerminationNamesEveryMissingTopLevelPart() {
        assertThat(TerminationValidator.validate(Termination.builder().build())).containsExactly(
                new Violation("id", REQUIRED, "is required"),
                new Violation("locale", REQUIRED, "is required"),
                new Violation("effectiveDate", REQUIRED, "is required"),
                new Violation("provider", REQUIRED, "is required"),
                new Violation("client", REQUIRED, "is required"),
                new Violation("reasons", NO_REASON,
                        "is empty; give at least one reason for ending the relationship"));
    }

    @Test
    void violationPrintsAsPathAndMessage() {
        assertThat(new Violation("finalInvoices[1].amount", NOT_POSITIVE, "'0' is not more than zero"))
                .hasToString("finalInvoices[1].amount: '0' is not more than zero");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "fjordkraft-demo-2026", "A.b_C-9", "x..y", "manifest.json", "console", "com10",
            "jsonl"})
    void acceptsIdsMadeOfSafeCharacters(String id) {
        assertThat(TerminationValidator.validate(validBuilder().id(id).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme/../x", "æøå", "with space", "a\\b",
            "12345678901234567890123456789012345678901234567890123456789012345"})
    void refusesIdsThatAreNotSafeFolderNames(String id) {
        assertOnly(validBuilder().id(id).build(), "id", INVALID_ID,
                "'" + id + "' is not a valid id: use 1–64 of A-Z a-z 0-9 . _ -");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            .               | '.' starts with '.': an id names a folder, and names that start with '.' are hidden
            ..              | '..' starts with '.'
            .farvel         | '.farvel' starts with '.'
            manifest.jsonl  | 'manifest.jsonl' would clash with Farvel's own files in the output folder \
            (delivery.jsonl, manifest.jsonl; ids may not end in .jsonl); choose another id
            DELIVERY.jsonl  | 'DELIVERY.jsonl' would clash with Farvel's own files
            notes.JSONL     | 'notes.JSONL' would clash with Farvel's own files
            acme.           | 'acme.' ends with '.', which Windows drops from folder names; remove it
            CON             | 'CON' is a device name on Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9), which \
            cannot name a folder there; choose another id
            nul.txt         | 'nul.txt' is a device name on Windows
            Lpt9.pdf        | 'Lpt9.pdf' is a device name on Windows
            """)
    void refusesIdsThatClashWithFarvelsOwnFilesHiddenNamesAndWindowsDevices(String id, String message) {
        List<Violation> violations = TerminationValidator.validate(validBuilder().id(id).build());

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("id");
            assertThat(v.code()).isEqualTo(INVALID_ID);
            assertThat(v.message()).startsWith(message);
        });
    }

    @Test
    void refusesABlankId() {
        assertOnly(validBuilder().id("  ").build(), "id", REQUIRED, "is required");
    }

    @Test
    void checksOrganisationNumbersOfProviderAndClient() {
        Termination termination = validBuilder()
                .provider(withOrgNumber(provider(), "952 601 814"))
                .client(new Client("Fjordkraft Demo AS", "959083011", null, client().address(), null))
                .build();
        assertThat(TerminationValidator.validate(termination)).containsExactly(
                new Violation("provider.orgNumber", INVALID_ORG_NUMBER, "'952 601 814' is not an organisation number:"
                        + " use 9 digits without spaces, such as 952601814"),
                new Violation("client.orgNumber", INVALID_ORG_NUMBER,
                        "'959083011' fails the MOD11 check for organisation numbers"));
    }

    @Test
    void organisationNumbersAreOptional() {
        Termination termination = validBuilder().provider(withOrgNumber(provider(), null).toBuilder()
                        .businessRegister(false).vatRegistered(false).build())
                .client(new Client("Ola Nordmann", null, null, client().address(), null)).build();
        assertThat(TerminationValidator.validate(termination)).isEmpty();
    }

    @Test
    void checksTheProvidersBankAccount() {
        Provider p = provider();
        Provider badAccount = p.toBuilder().bankAccount("15039603088").build();
        assertOnly(validBuilder().provider(badAccount).build(), "provider.bankAccount", INVALID_ACCOUNT,
                "'15039603088' fails the MOD11 check for bank account numbers");
        Provider dotted = p.toBuilder().bankAccount("1503.96.03087").build();
        assertOnly(validBuilder().provider(dotted).build(), "provider.bankAccount", INVALID_ACCOUNT,
                "'1503.96.03087' is not a Norwegian bank account number: use 11 digits without spaces or dots,"
                        + " such as 15039603087");
    }

    @Test
    void refundAccountMayBeANorwegianAccountOrAnIban() {
        assertOnly(withRefundAccount("15039482191"), "refunds[0].toAccount", INVALID_ACCOUNT,
                "'15039482191' fails the MOD11 check for bank account numbers");
        assertOnly(withRefundAccount("NO9386011117948"), "refunds[0].toAccount", INVALID_IBAN,
                "'NO9386011117948' is not a valid IBAN: write it in capitals without spaces, such as NO9386011117947,"
                        + " and check it against the bank's letter");
        assertOnly(withRefundAccount("NO93 8601 1117 947"), "refunds[0].toAccount", INVALID_IBAN,
                "'NO93 8601 1117 947' is not a valid IBAN: write it in capitals without spaces, such as"
                        + " NO9386011117947, and check it against the bank's letter");
        assertThat(TerminationValidator.validate(withRefundAccount("GB82WEST12345698765432"))).isEmpty();
        assertThat(TerminationValidator.validate(withRefundAccount(null))).isEmpty();
    }

    @Test
    void checksTheProvidersIbanAndBic() {
        Provider p = provider();
        assertOnly(validBuilder().provider(p.toBuilder().iban("NO4815039603088").build()).build(), "provider.iban",
                INVALID_IBAN, "'NO4815039603088' is not a valid IBAN: write it in capitals without spaces, such as"
                        + " NO9386011117947, and check it against the bank's letter");
        assertOnly(validBuilder().provider(p.toBuilder().bic("DNBA NOKK").build()).build(), "provider.bic",
                INVALID_BIC, "'DNBA NOKK' is not a BIC: use the bank's 8 or 11 characters in capitals without spaces,"
                        + " such as DNBANOKK");
        assertThat(TerminationValidator.validate(validBuilder().provider(p.toBuilder().iban(null).bic(null).build())
                .build())).isEmpty();
    }

    @Test
    void aProviderInTheRegistersMustGiveItsOrganisationNumber() {
        Provider unregistered = provider().toBuilder().orgNumber(null).businessRegister(false).vatRegistered(false)
                .build();
        assertThat(TerminationValidator.validate(validBuilder().provider(unregistered).build())).isEmpty();
        assertOnly(validBuilder().provider(unregistered.toBuilder().vatRegistered(true).build()).build(),
                "provider.orgNumber", REQUIRED, "is required when provider.businessRegister or provider.vatRegistered"
                        + " is true: the letter prints it beside 'Foretaksregisteret' and 'MVA'");
    }

    @Test
    void aRefundIsSetOffOnlyAgainstUndisputedUnpaidInvoicesOfItsCurrency() {
        Refund setOff = refund().toBuilder().toAccount(null).settlement(RefundSettlement.SET_OFF).build();
        assertThat(TerminationValidator.validate(validBuilder().refunds(List.of(setOff)).build())).isEmpty();
        assertOnly(validBuilder().refunds(List.of(setOff, setOff, setOff)).build(), "refunds[2].settlement",
                SET_OFF_TOO_LARGE, "the refunds set off in NOK come to 13500.00, more than the 12400.00 the"
                        + " undisputed unpaid invoices in NOK come to; set off at most that much and pay the rest out"
                        + " in a refund of its own (PAY_OUT)");
        Termination onlyDisputed = validBuilder().finalInvoices(List.of(invoice().toBuilder()
                .status(InvoiceStatus.DISPUTED).build())).refunds(List.of(setOff)).build();
        assertOnly(onlyDisputed, "refunds[0].settlement", SET_OFF_TOO_LARGE, "SET_OFF needs undisputed unpaid"
                + " invoices in NOK to set the refund off against, and there are none; use PAY_OUT");
    }

    @Test
    void checksKidsWhenGiven() {
        assertOnly(withInvoice(withKid("20261041008")), "finalInvoices[0].kid", INVALID_KID,
                "'20261041008' fails both the MOD10 and the MOD11 check for KID numbers");
        assertOnly(withInvoice(withKid("2026 1041 006")), "finalInvoices[0].kid", INVALID_KID,
                "'2026 1041 006' is not a KID: use 2–25 digits (a MOD11 KID may end in '-')");
        assertThat(TerminationValidator.validate(withInvoice(withKid(null)))).isEmpty();
        assertThat(TerminationValidator.validate(withInvoice(withKid("1009-")))).isEmpty();
    }

    @Test
    void checksEveryEmailAddress() {
        Provider p = provider();
        Termination termination = validBuilder()
                .provider(p.toBuilder().email("post@nordlys").build())
                .client(new Client("Fjordkraft Demo AS", null, null, client().address(), "økonomi@fjordkraft.no"))
                .transition(new Transition(null, null, List.of(), new Contact("Kari", "kari@@nordlys.no", null)))
                .build();
        assertThat(TerminationValidator.validate(termination)).containsExactly(
                new Violation("provider.email", INVALID_EMAIL, "'post@nordlys' is not a valid e-mail address:"
                        + " the domain 'nordlys' has no top-level domain such as .no"),
                new Violation("client.email", INVALID_EMAIL, "'økonomi@fjordkraft.no' is not a valid e-mail address:"
                        + " 'ø' is not allowed before '@' unless that part is in quotes"),
                new Violation("transition.contact.email", INVALID_EMAIL,
                        "'kari@@nordlys.no' is not a valid e-mail address: it has more than one '@'"));
    }

    @Test
    void findsControlCharactersInEveryTextField() {
        Termination termination = withEveryTextField("x\ty");

        List<Violation> violations = TerminationValidator.validate(termination);

        assertThat(violations).extracting(Violation::code).containsOnly(CONTROL_CHARACTER);
        assertThat(violations).extracting(Violation::path).containsExactly("id",
                "reference.ours", "reference.theirs", "contract.title", "contract.titleEn",
                "provider.name", "provider.orgNumber", "provider.address.lines[0]", "provider.address.country",
                "provider.address.postalCode", "provider.address.city", "provider.email", "provider.phone",
                "provider.website", "provider.bankAccount", "provider.iban", "provider.bic", "provider.signatory.name",
                "provider.signatory.title", "provider.signatory.titleEn",
                "client.name", "client.orgNumber", "client.attention", "client.address.lines[0]",
                "client.address.country", "client.address.postalCode", "client.address.city", "client.email",
                "reasons[0].detail", "stepsTaken[0].description", "finalInvoices[0].number", "finalInvoices[0].kid",
                "refunds[0].description", "refunds[0].toAccount", "transition.newProvider", "transition.items[0]",
                "transition.contact.name", "transition.contact.email", "transition.contact.phone",
                "closing.personalNote");
        assertThat(violations.get(0).message()).isEqualTo("'x\\ty' contains the control character U+0009 at"
                + " position 2; remove line breaks, tabs and other control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r", "\u0000", "\u007F", "\u0085", "\u2028", "\u2029"})
    void treatsCarriageReturnNulDeleteC1AndUnicodeSeparatorsAsControlCharacters(String control) {
        Termination termination = validBuilder().closing(new Closing(true, true, "a" + control)).build();
        assertThat(TerminationValidator.validate(termination)).singleElement()
                .extracting(Violation::path, Violation::code)
                .containsExactly("closing.personalNote", CONTROL_CHARACTER);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            idi\u200Boter        | 'idi\\u200Boter' contains U+200B ZERO WIDTH SPACE at position 4, an invisible \
            formatting character; remove it
            Acme\u202Egnp.exe    | 'Acme\\u202Egnp.exe' contains U+202E RIGHT-TO-LEFT OVERRIDE at position 5, an \
            invisible formatting character; remove it
            Regn\u00ADskap       | 'Regn\\u00ADskap' contains U+00AD SOFT HYPHEN at position 5, an invisible \
            formatting character; remove it
            \uFEFFAcme           | '\\uFEFFAcme' contains U+FEFF ZERO WIDTH NO-BREAK SPACE at position 1, an invisible \
            formatting character; remove it
            a\u2066b\u2069      | 'a\\u2066b\\u2069' contains U+2066 LEFT-TO-RIGHT ISOLATE at position 2, an \
            invisible formatting character; remove it
            ab\u2060c            | 'ab\\u2060c' contains U+2060 WORD JOINER at position 3, an invisible formatting \
            character; remove it
            id\u200Dioter        | 'id\\u200Dioter' contains U+200D ZERO WIDTH JOINER at position 3, outside a word \
            of a script that needs it (such as Arabic or Devanagari); remove it
            a\uD800b             | 'a\\uD800b' contains U+D800 at position 2, half of a character whose other half \
            is missing; remove it
            a\uFFFF              | 'a\\uFFFF' contains U+FFFF at position 2, which is not a character; remove it
            """)
    void refusesInvisibleCharactersNamingTheCodePointAndWhereItIs(String text, String message) {
        Termination termination = validBuilder().client(new Client(text, null, null, client().address(), null))
                .build();

        assertOnly(termination, "client.name", INVISIBLE_CHARACTER, message);
    }

    @Test
    void findsInvisibleCharactersInEveryTextField() {
        Termination termination = withEveryTextField("x\u200By");

        List<Violation> violations = TerminationValidator.validate(termination);

        assertThat(violations).extracting(Violation::code).containsOnly(INVISIBLE_CHARACTER);
        assertThat(violations).hasSize(40);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645",   // Persian "I want": the non-joiner keeps mi- apart
        "\u0915\u094D\u200D\u0937",                               // Devanagari: half-form ka before ssa
        "\u0DC1\u0DCA\u200D\u0DBB\u0DD3",                         // Sinhala "Sri": the joiner makes the conjunct
    })
    void allowsTheJoinersInsideAWordOfAScriptThatNeedsThem(String word) {
        Termination termination = validBuilder().client(new Client("Acme " + word + " AS", null, null,
                client().address(), null)).build();

        assertThat(TerminationValidator.validate(termination)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u200Cb", "\u200DAcme", "Acme\u200C", "\u0645\u200C b", "\u0915\u200D\u0645"})
    void refusesTheJoinersBetweenLatinLettersAtTheEdgesAndAcrossScripts(String text) {
        Termination termination = validBuilder().client(new Client(text, null, null, client().address(), null))
                .build();

        assertThat(TerminationValidator.validate(termination)).extracting(Violation::code)
                .containsExactly(INVISIBLE_CHARACTER);
    }

    @Test
    void refusesAnEmojiSequenceJoinedByAZeroWidthJoinerButNotTheEmojiThemselves() {
        Termination joined = validBuilder().closing(new Closing(true, true, "Lykke til \uD83D\uDC69\u200D\uD83D\uDCBB"))
                .build();
        Termination single = validBuilder().closing(new Closing(true, true, "Lykke til \uD83D\uDE42")).build();

        assertThat(TerminationValidator.validate(joined)).extracting(Violation::code)
                .containsExactly(INVISIBLE_CHARACTER);
        assertThat(TerminationValidator.validate(single)).isEmpty();
    }

    @Test
    void refusesAmountsTooLargeToBeRealWithoutWritingThemOut() {
        assertOnly(withInvoice(withAmount("1E+10000000", NOK)), "finalInvoices[0].amount", TOO_LARGE,
                "'1E+10000000' has 10,000,001 digits before the decimal point; an amount has at most 15");
        assertOnly(withInvoice(withAmount("1000000000000000", NOK)), "finalInvoices[0].amount", TOO_LARGE,
                "'1000000000000000' has 16 digits before the decimal point; an amount has at most 15");
        assertOnly(withInvoice(withAmount("1E-10000000", NOK)), "finalInvoices[0].amount", TOO_MANY_DECIMALS,
                "'1E-10000000' has 10,000,000 decimals; NOK allows at most 2");
        assertOnly(withInvoice(withAmount("0.0000001", Currency.getInstance("XAU"))), "finalInvoices[0].amount",
                TOO_MANY_DECIMALS, "'0.0000001' has 7 decimals; XAU allows at most 6");
        assertThat(TerminationValidator.validate(withInvoice(withAmount("999999999999999.00", NOK)))).isEmpty();
    }

    @Test
    void amountsMustBePositiveWithNoMoreDecimalsThanTheCurrencyHas() {
        assertOnly(withInvoice(withAmount("0.00", NOK)), "finalInvoices[0].amount", NOT_POSITIVE,
                "'0.00' is not more than zero");
        assertOnly(withInvoice(withAmount("12.345", NOK)), "finalInvoices[0].amount", TOO_MANY_DECIMALS,
                "'12.345' has 3 decimals; NOK allows at most 2");
        assertOnly(withInvoice(withAmount("100.5", Currency.getInstance("JPY"))), "finalInvoices[0].amount",
                TOO_MANY_DECIMALS, "'100.5' has 1 decimal; JPY allows at most 0");
        assertThat(TerminationValidator.validate(withInvoice(withAmount("12.3400", NOK)))).isEmpty();
        Termination negativeRefund = validBuilder()
                .refunds(List.of(new Refund("Depositum", new BigDecimal("-1.001"), NOK, null, null))).build();
        assertThat(TerminationValidator.validate(negativeRefund)).containsExactly(
                new Violation("refunds[0].amount", NOT_POSITIVE, "'-1.001' is not more than zero"),
                new Violation("refunds[0].amount", TOO_MANY_DECIMALS, "'-1.001' has 3 decimals; NOK allows at most 2"));
    }

    @Test
    void datesMustComeInOrder() {
        Termination termination = validBuilder()
                .effectiveDate(LocalDate.of(2026, 11, 27))
                .contract(new Contract("Avtale", LocalDate.of(2026, 12, 1), null))
                .stepsTaken(List.of(new StepTaken(LocalDate.of(2026, 11, 29), "Møte")))
                .build();
        assertThat(TerminationValidator.validate(termination)).containsExactly(
                new Violation("effectiveDate", DATE_ORDER, "'2026-11-27' is before the letter date 2026-11-28"),
                new Violation("contract.signedOn", DATE_ORDER, "'2026-12-01' is after the letter date 2026-11-28"),
                new Violation("stepsTaken[0].date", DATE_ORDER, "'2026-11-29' is after the letter date 2026-11-28"));
        Termination sameDay = validBuilder().effectiveDate(Terminations.LETTER_DATE).build();
        assertThat(TerminationValidator.validate(sameDay)).isEmpty();
    }

    @Test
    void caseNotesAreOptionalButCheckedWhenGiven() {
        CaseNotes notes = new CaseNotes("x".repeat(2_001), new Consequences(null, "Line\nbreak", null),
                new Signatory(" ", null), List.of("Kari Nordmann, teamleder", " "), LocalDate.of(2026, 11, 29), 0);
        Termination termination = validBuilder().caseNotes(notes)
                .reasons(List.of(new Reason(ReasonType.LATE_PAYMENT, "Sent", "y".repeat(2_001)))).build();
        assertThat(TerminationValidator.validate(termination)).containsExactly(
                new Violation("reasons[0].assessment", TOO_LONG, "is 2,001 characters long; the limit is 2,000"),
                new Violation("case.assessment", TOO_LONG, "is 2,001 characters long; the limit is 2,000"),
                new Violation("case.consequences.legal", CONTROL_CHARACTER, "'Line\\nbreak' contains the control"
                        + " character U+000A at position 5; remove line breaks, tabs and other control characters"),
                new Violation("case.decidedBy.name", REQUIRED, "is required"),
                new Violation("case.consulted[1]", REQUIRED, "is empty; fill it in or remove the entry"),
                new Violation("case.decidedOn", DATE_ORDER, "'2026-11-29' is after the letter date 2026-11-28"),
                new Violation("case.debriefAfterDays", OUT_OF_RANGE,
                        "'0' is out of range: use 1 to 365 days after the effective date"));
        Termination full = validBuilder().caseNotes(new CaseNotes("Alvorlig", null, new Signatory("Ola Hansen", null),
                List.of(), Terminations.LETTER_DATE, 365)).build();
        assertThat(TerminationValidator.validate(full)).isEmpty();
    }

    @Test
    void reasonsNeedATypeAndOtherNeedsADetail() {
        Termination termination = validBuilder()
                .reasons(Arrays.asList(new Reason(null, "x"), null, new Reason(ReasonType.OTHER, " "),
                        new Reason(ReasonType.OTHER, null), new Reason(ReasonType.LATE_PAYMENT, null)))
                .build();
        assertThat(TerminationValidator.validate(termination)).containsExactly(
                new Violation("reasons[0].type", REQUIRED, "is required"),
                new Violation("reasons[1]", REQUIRED, "is empty; fill it in or remove the entry"),
                new Violation("reasons[2].detail", DETAIL_REQUIRED, Messages.DETAIL_REQUIRED),
                new Violation("reasons[3].detail", DETAIL_REQUIRED, "is required when the type is OTHER;"
                        + " say in a sentence or two why the relationship ends"));
    }

    @Test
    void requiredFieldsInsideListsAndParts() {
        Termination termination = validBuilder()
                .provider(new Provider(null, null, new Address(null, null, null, null), null, null, null, null, null))
                .client(new Client(" ", null, null, null, null))
                .stepsTaken(List.of(new StepTaken(null, null)))
                .finalInvoices(List.of(new FinalInvoice(null, null, null, null, null, null, null)))
                .refunds(List.of(new Refund(null, null, null, null, null)))
                .transition(new Transition(null, null, Arrays.asList("Nøkler", null, ""), new Contact(null, null, null)))
                .build();
        assertThat(TerminationValidator.validate(termination)).extracting(Violation::toString).containsExactly(
                "provider.name: is required",
                "provider.address.postalCode: is required",
                "provider.address.city: is required",
                "provider.signatory: is required",
                "client.name: is required",
                "client.address: is required",
                "stepsTaken[0].date: is required",
                "stepsTaken[0].description: is required",
                "finalInvoices[0].number: is required",
                "finalInvoices[0].issued: is required",
                "finalInvoices[0].due: is required",
                "finalInvoices[0].amount: is required",
                "finalInvoices[0].currency: is required",
                "finalInvoices[0].status: is required",
                "refunds[0].description: is required",
                "refunds[0].amount: is required",
                "refunds[0].currency: is required",
                "transition.items[1]: is empty; fill it in or remove the entry",
                "transition.items[2]: is empty; fill it in or remove the entry",
                "transition.contact.name: is required");
    }

    @Test
    void checksCountriesAndNorwegianPostalCodes() {
        Termination termination = validBuilder()
                .provider(withAddress(provider(), new Address(List.of("Kongens gate 2"), "153", "Oslo", null)))
                .client(new Client("Harbour Ltd", null, null,
                        new Address(List.of("12 Dock Street"), "E1W 1AA", "London", "UK"), null))
                .build();
        assertThat(TerminationValidator.validate(termination)).containsExactly(
                new Violation("provider.address.postalCode", INVALID_POSTAL_CODE,
                        "'153' is not a Norwegian postal code: use 4 digits, such as 0153"),
                new Violation("client.address.country", INVALID_COUNTRY,
                        "'UK' is not an ISO 3166-1 alpha-2 country code such as NO, SE or GB"));
        Termination foreign = validBuilder().client(new Client("Harbour Ltd", null, null,
                new Address(List.of("12 Dock Street"), "E1W 1AA", "London", "GB"), null)).build();
        assertThat(TerminationValidator.validate(foreign)).isEmpty();
    }

    @Test
    void limitsTextLengthsInCharacters() {
        String name201 = "N".repeat(201);
        String detail = "d".repeat(2_345);
        Termination termination = validBuilder()
                .client(new Client(name201, null, null, client().address(), null))
                .reasons(List.of(new Reason(ReasonType.OTHER, detail)))
                .build();
        assertThat(TerminationValidator.validate(termination)).containsExactly(
                new Violation("client.name", TOO_LONG, "is 201 characters long; the limit is 200"),
                new Violation("reasons[0].detail", TOO_LONG, "is 2,345 characters long; the limit is 2,000"));
        // 200 emoji are 400 UTF-16 units but 200 characters.
        String emoji200 = "🙂".repeat(200);
        assertThat(TerminationValidator.validate(
                validBuilder().client(new Client(emoji200, null, null, client().address(), null)).build())).isEmpty();
    }

    @Test
    void limitsTheLengthOfLists() {
        List<FinalInvoice> invoices = Collections.nCopies(501, invoice());
        List<Reason> reasons = Collections.nCopies(101, new Reason(ReasonType.LATE_PAYMENT, null));
        List<String> lines = List.of("1", "2", "3", "4", "5", "6");
        Termination termination = validBuilder()
                .client(new Client("Fjordkraft Demo AS", null, null, new Address(lines, "0155", "Oslo", "NO"), null))
                .reasons(reasons)
                .finalInvoices(invoices)
                .build();
        assertThat(TerminationValidator.validate(termination)).containsExactly(
                new Violation("client.address.lines", TOO_MANY, "has 6 entries; the limit is 5"),
                new Violation("reasons", TOO_MANY, "has 101 entries; the limit is 100"),
                new Violation("finalInvoices", TOO_MANY, "has 501 entries; the limit is 500"));
        assertThat(TerminationValidator.validate(validBuilder().finalInvoices(invoices.subList(0, 500)).build()))
                .isEmpty();
    }

    /** A termination with {@code bad} in (or at the end of) every text field. */
    private static Termination withEveryTextField(String bad) {
        Address address = new Address(List.of(bad), "0153" + bad, bad, "NO" + bad);
        return validBuilder()
                .id(bad)
                .reference(new Reference(bad, bad))
                .contract(new Contract(bad, null, null, bad))
                .provider(new Provider(bad, bad, address, bad, bad, bad, bad, new Signatory(bad, bad, bad), bad, bad,
                        false, false))
                .client(new Client(bad, bad, bad, address, bad))
                .reasons(List.of(new Reason(ReasonType.OTHER, bad)))
                .stepsTaken(List.of(new StepTaken(LocalDate.of(2026, 1, 1), bad)))
                .finalInvoices(List.of(new FinalInvoice(bad, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1),
                        BigDecimal.TEN, NOK, bad, InvoiceStatus.PAID)))
                .refunds(List.of(new Refund(bad, BigDecimal.TEN, NOK, null, bad)))
                .transition(new Transition(bad, null, List.of(bad), new Contact(bad, bad, bad)))
                .closing(new Closing(null, null, bad))
                .build();
    }

    private static void assertOnly(Termination termination, String path, ViolationCode code, String message) {
        assertThat(TerminationValidator.validate(termination)).containsExactly(new Violation(path, code, message));
    }

    private static Termination withRefundAccount(String account) {
        Refund r = refund();
        return validBuilder().refunds(List.of(new Refund(r.description(), r.amount(), r.currency(), r.payBy(), account)))
                .build();
    }

    private static Termination withInvoice(FinalInvoice invoice) {
        return validBuilder().finalInvoices(new ArrayList<>(List.of(invoice))).build();
    }

    private static FinalInvoice withKid(String kid) {
        FinalInvoice i = invoice();
        return new FinalInvoice(i.number(), i.issued(), i.due(), i.amount(), i.currency(), kid, i.status());
    }

    private static FinalInvoice withAmount(String amount, Currency currency) {
        FinalInvoice i = invoice();
        return new FinalInvoice(i.number(), i.issued(), i.due(), new BigDecimal(amount), currency, null, i.status());
    }

    private static Provider withOrgNumber(Provider p, String orgNumber) {
        return p.toBuilder().orgNumber(orgNumber).build();
    }

    private static Provider withAddress(Provider p, Address address) {
        return p.toBuilder().address(address).build();
    }
}
