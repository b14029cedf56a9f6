package no.farvel.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.regex.Pattern;
import no.farvel.localization.LetterLocale;

/**
 * Deserializers for the model's scalar types that accept exactly the contract's text forms: no epoch numbers for dates,
 * no date arrays, no lenient parsing, amounts from exact decimal text or JSON numbers only.
 */
final class StrictScalars {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PERIOD = Pattern.compile("P(?=\\d)(\\d{1,6}Y)?(\\d{1,6}M)?(\\d{1,6}W)?(\\d{1,6}D)?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?");

    private StrictScalars() {
    }

    /** A module with the strict deserializers; amounts longer than {@code maxNumberLength} characters are refused. */
    static SimpleModule module(int maxNumberLength) {
        SimpleModule module = new SimpleModule("farvel-strict-scalars");
        module.addDeserializer(LocalDate.class, new LocalDateDeserializer());
        module.addDeserializer(Period.class, new PeriodDeserializer());
        module.addDeserializer(Currency.class, new CurrencyDeserializer());
        module.addDeserializer(BigDecimal.class, new AmountDeserializer(maxNumberLength));
        module.addDeserializer(LetterLocale.class, new LetterLocaleDeserializer());
        // A LetterLocale is a value class, not an enum, so Jackson needs telling that it is written as its code.
        module.addSerializer(LetterLocale.class, ToStringSerializer.instance);
        return module;
    }

    private abstract static class TextDeserializer<T> extends StdScalarDeserializer<T> {
        TextDeserializer(Class<T> type) {
            super(type);
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                @SuppressWarnings("unchecked")
                T unreachable = (T) ctxt.handleUnexpectedToken(handledType(), p);
                return unreachable;
            }
            String text = p.getText();
            T value = parse(text);
            if (value == null) {
                @SuppressWarnings("unchecked")
                T unreachable = (T) ctxt.handleWeirdStringValue(handledType(), text, "not a valid value");
                return unreachable;
            }
            return value;
        }

        /** The value, or null when the text is not a valid form. */
        abstract T parse(String text);
    }

    static final class LocalDateDeserializer extends TextDeserializer<LocalDate> {
        LocalDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        LocalDate parse(String text) {
            if (!DATE.matcher(text).matches()) {
                return null;
            }
            try {
                // ISO_LOCAL_DATE resolves strictly: 2026-02-30 is refused, not moved to March.
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    static final class PeriodDeserializer extends TextDeserializer<Period> {
        PeriodDeserializer() {
            super(Period.class);
        }

        @Override
        Period parse(String text) {
            if (!PERIOD.matcher(text).matches()) {
                return null;
            }
            try {
                return Period.parse(text);
            } catch (DateTimeException | ArithmeticException e) {
                return null;
            }
        }
    }

    static final class CurrencyDeserializer extends TextDeserializer<Currency> {
        CurrencyDeserializer() {
            super(Currency.class);
        }

        @Override
        Currency parse(String text) {
            if (!CURRENCY.matcher(text).matches()) {
                return null;
            }
            try {
                return Currency.getInstance(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    static final class LetterLocaleDeserializer extends TextDeserializer<LetterLocale> {
        LetterLocaleDeserializer() {
            super(LetterLocale.class);
        }

        @Override
        LetterLocale parse(String text) {
            try {
                return LetterLocale.fromCode(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /**
     * Amounts come as exact decimal text ("12400.00") or JSON numbers; both become a BigDecimal without a double. A
     * number whose exponent would make it longer than {@code maxLength} digits written out ({@code 1e10000000}) is
     * refused before any BigDecimal is made of it.
     */
    static final class AmountDeserializer extends StdScalarDeserializer<BigDecimal> {
        private final int maxLength;

        AmountDeserializer(int maxLength) {
            super(BigDecimal.class);
            this.maxLength = maxLength;
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                String text = p.getText();
                long digits = digitsWrittenOut(text);
                if (digits > maxLength) {
                    throw new AmountOutOfRangeException(p, text, digits, maxLength);
                }
                return new BigDecimal(text);
            }
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            String text = p.getText();
            if (text.length() > maxLength || !DECIMAL.matcher(text).matches()) {
                return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text, "not a decimal amount");
            }
            return new BigDecimal(text);
        }
    }

    /**
     * How many digits a JSON number has written out without an exponent, before and after the point; at least
     * {@link Long#MAX_VALUE} / 2 for an exponent too long to count.
     */
    static long digitsWrittenOut(String number) {
        String text = number.startsWith("-") ? number.substring(1) : number;
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        String mantissa = e < 0 ? text : text.substring(0, e);
        long exponent = 0;
        if (e >= 0) {
            String digits = text.substring(e + 1).replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
            if (digits.length() > 12) {
                return Long.MAX_VALUE / 2;
            }
            exponent = Long.parseLong(digits) * (text.charAt(e + 1) == '-' ? -1 : 1);
        }
        int point = mantissa.indexOf('.');
        String whole = point < 0 ? mantissa : mantissa.substring(0, point);
        String fraction = point < 0 ? "" : mantissa.substring(point + 1);
        long before = Math.max(whole.length() + exponent, 1);
        long after = Math.max(fraction.length() - exponent, 0);
        return before + after;
    }

    /** A number too long to be an amount once its exponent is written out. */
    static final class AmountOutOfRangeException extends InvalidFormatException {
        private static final long serialVersionUID = 1L;
        private final long digits;
        private final int limit;

        AmountOutOfRangeException(JsonParser p, String text, long digits, int limit) {
            super(p, "Number out of range for an amount", text, BigDecimal.class);
            this.digits = digits;
            this.limit = limit;
        }

        long digits() {
            return digits;
        }

        int limit() {
            return limit;
        }
    }
}
