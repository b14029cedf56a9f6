package no.farvel.core.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import no.farvel.localization.LetterLocale;
import no.farvel.core.json.ReadError;
import no.farvel.core.text.Printable;

/** Turns Jackson's and Java's exceptions into a {@link ReadError} a person can act on. */
public final class ErrorTranslator {
    private static final int MAX_QUOTED = 40;

    private final String source;
    private final Limits limits;
    private final int lineOffset;
    private final boolean jsonLines;

    /**
     * @param lineOffset added to the parser's line numbers, for a JSON Lines line parsed on its own
     * @param jsonLines whether to hint that a JSON Lines document must sit on one line
     */
    public ErrorTranslator(String source, Limits limits, int lineOffset, boolean jsonLines) {
        this.source = source;
        this.limits = limits;
        this.lineOffset = lineOffset;
        this.jsonLines = jsonLines;
    }

    /** An error at a known place with a message of our own. */
    public ReadError at(JsonLocation location, String message) {
        return new ReadError(source, line(location), column(location), "", message);
    }

    /** An input/output failure, such as a file that cannot be opened; {@code line} is 0 when unknown. */
    public ReadError io(IOException e, int line) {
        return new ReadError(source, line, 0, "", ioMessage(e));
    }

    /** Translates any failure while reading; {@code parser} gives the place when the exception has none. */
    public ReadError translate(IOException e, JsonParser parser) {
        if (!(e instanceof JsonProcessingException jpe)) {
            JsonLocation location = parser == null ? null : parser.currentLocation();
            return new ReadError(source, line(location), column(location), "", ioMessage(e));
        }
        JsonLocation location = jpe.getLocation();
        if (location == null && parser != null) {
            location = parser.currentTokenLocation();
        }
        String path = "";
        String message;
        if (e instanceof JsonMappingException jme && jme.getCause() instanceof JsonProcessingException cause
                && !(cause instanceof JsonMappingException)) {
            // A syntax or limit error met while binding: report it as what it is, at the field where it happened.
            path = path(jme.getPath(), false);
            location = cause.getLocation() != null ? cause.getLocation() : location;
            message = cause instanceof StreamConstraintsException sce ? limitMessage(sce)
                    : syntaxMessage(cause.getOriginalMessage());
        } else if (e instanceof JsonMappingException jme) {
            path = path(jme.getPath(), jme instanceof UnrecognizedPropertyException);
            if (jme instanceof UnrecognizedPropertyException upe && parser instanceof BoundedParser bounded
                    && bounded.fieldNameLocation(upe.getPropertyName()) != null) {
                location = bounded.fieldNameLocation(upe.getPropertyName());
            }
            message = mappingMessage(jme, parser);
        } else if (e instanceof StreamConstraintsException sce) {
            message = limitMessage(sce);
        } else {
            message = syntaxMessage(jpe.getOriginalMessage());
        }
        return new ReadError(source, line(location), column(location), path, message);
    }

    /** The line of a location in the whole input, or 0 when unknown. */
    public int line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? 0 : location.getLineNr() + lineOffset;
    }

    private static int column(JsonLocation location) {
        return location == null || location.getColumnNr() < 1 ? 0 : location.getColumnNr();
    }

    /** Our path style: {@code finalInvoices[1].amount}, with 0-based indexes. */
    static String path(List<JsonMappingException.Reference> references, boolean dropLast) {
        StringBuilder path = new StringBuilder();
        int end = dropLast ? references.size() - 1 : references.size();
        for (int i = 0; i < end; i++) {
            JsonMappingException.Reference reference = references.get(i);
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private String mappingMessage(JsonMappingException e, JsonParser parser) {
        if (e instanceof StrictScalars.AmountOutOfRangeException range) {
            String digits = range.digits() >= Long.MAX_VALUE / 2 ? "more than a trillion"
                    : String.format(java.util.Locale.ROOT, "%,d", range.digits());
            return quote(range.getValue()) + " is out of range for an amount: written out it has " + digits
                    + " digits, and a number may have at most " + range.limit();
        }
        if (e instanceof UnrecognizedPropertyException upe) {
            return "unknown field " + quote(upe.getPropertyName()) + " (allowed: " + allowed(upe.getKnownPropertyIds())
                    + ")";
        }
        if (e instanceof InvalidFormatException ife && ife.getValue() instanceof String value
                && isParsedFromText(ife.getTargetType())) {
            return invalidValue(quote(value), ife.getTargetType());
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            return "expected " + expected(mie.getTargetType()) + found(parser);
        }
        String original = Objects.requireNonNullElse(e.getOriginalMessage(), e.getClass().getSimpleName());
        return firstLine(original);
    }

    private static boolean isParsedFromText(Class<?> type) {
        return type == LocalDate.class || type == Period.class || type == Currency.class || type == BigDecimal.class
                || type == LetterLocale.class || (type != null && type.isEnum());
    }

    private static String allowed(Collection<Object> known) {
        return known == null ? "" : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String invalidValue(String quoted, Class<?> type) {
        if (type == LocalDate.class) {
            return quoted + " is not a date: expected an ISO date like 2026-11-28";
        }
        if (type == Period.class) {
            return quoted + " is not a period: expected an ISO-8601 period like P2M";
        }
        if (type == Currency.class) {
            return quoted + " is not a currency: expected an ISO 4217 currency code like NOK";
        }
        if (type == BigDecimal.class) {
            return quoted + " is not a decimal amount: expected digits with an optional '.' like 12400.00";
        }
        if (type == LetterLocale.class) {
            return quoted + " is not a letter locale: use one of " + LetterLocale.codes();
        }
        if (type != null && type.isEnum()) {
            String names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return quoted + " is not " + article(words(type.getSimpleName())) + ": use one of " + names;
        }
        return quoted + " is not a valid " + words(type.getSimpleName());
    }

    private static String expected(Class<?> type) {
        if (type == String.class || type == Currency.class || type == Period.class || type == LetterLocale.class
                || type.isEnum()) {
            return "a string";
        }
        if (type == LocalDate.class) {
            return "a date string like \"2026-11-28\"";
        }
        if (type == BigDecimal.class) {
            return "a decimal amount (a string like \"12400.00\" or a number)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
    }

    private static String found(JsonParser parser) {
        JsonToken token = parser == null ? null : parser.currentToken();
        if (token == null) {
            return "";
        }
        try {
            switch (token) {
                case VALUE_STRING:
                    return ", found a string " + quote(parser.getText());
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return ", found a number " + quote(parser.getText());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return ", found " + token.asString();
                case VALUE_NULL:
                    return ", found null";
                case START_OBJECT:
                    return ", found an object";
                case START_ARRAY:
                    return ", found an array";
                default:
                    return "";
            }
        } catch (IOException e) {
            return "";
        }
    }

    private String limitMessage(StreamConstraintsException e) {
        String original = Objects.requireNonNullElse(e.getOriginalMessage(), "");
        if (e instanceof BoundedParser.RecordTooLargeException) {
            return "the record is longer than the limit of " + limits.maxRecordLength() + " characters";
        }
        if (original.contains("getMaxNestingDepth")) {
            return "objects and arrays are nested deeper than the limit of " + limits.maxNestingDepth() + " levels";
        }
        if (original.contains("getMaxStringLength")) {
            return "a text value is longer than the limit of " + limits.maxStringLength() + " characters";
        }
        if (original.contains("getMaxNumberLength")) {
            return "a number is longer than the limit of " + limits.maxNumberLength() + " characters";
        }
        if (original.contains("getMaxNameLength")) {
            return "a field name is longer than the limit of " + limits.maxNameLength() + " characters";
        }
        return "the input exceeds a size limit: " + firstLine(original);
    }

    private String syntaxMessage(String original) {
        String text = firstLine(Objects.requireNonNullElse(original, "malformed input"));
        if (text.startsWith("Duplicate field")) {
            return "duplicate field " + text.substring("Duplicate field ".length()).trim()
                    + ": each field may appear only once";
        }
        if (text.contains("CTRL-CHAR")) {
            return "invalid JSON: a line break or other control character inside a string must be escaped (\\n, "
                    + "\\t, \\u0000)";
        }
        if (text.contains("ALLOW_COMMENTS")) {
            return "invalid JSON: comments are not allowed";
        }
        if (text.contains("Leading zeroes")) {
            return "invalid JSON: a number must not start with 0 (leading zeroes are not allowed)";
        }
        if (text.contains("end-of-input")) {
            return "invalid JSON: the input ends before the document is complete (a closing '}', ']' or '\"' is missing)"
                    + (jsonLines ? "; in JSON Lines each document must be on one line" : "");
        }
        text = text.replaceAll(" ?\\(start marker at .*$", "")
                .replaceAll("\\(CTRL-CHAR, code (\\d+)\\)", "control character $1")
                .replaceAll("\\('(.)' \\(code \\d+\\)\\)", "'$1'")
                .replaceAll("\\(code \\d+\\)", "")
                .replaceAll(": enable `[^`]*` to allow", "")
                .replaceAll("\\s+", " ")
                .trim();
        return "invalid JSON: " + lowerFirst(text);
    }

    private static String ioMessage(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the file does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "the file cannot be read: permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "the file is not valid UTF-8 text; save it as UTF-8";
        }
        return "the input cannot be read: " + Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    }

    /** The value in single quotes, shortened, with line breaks and other control characters made visible. */
    static String quote(Object value) {
        return value == null ? "null" : Printable.quote(String.valueOf(value), MAX_QUOTED);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** "InvoiceStatus" becomes "invoice status". */
    private static String words(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
