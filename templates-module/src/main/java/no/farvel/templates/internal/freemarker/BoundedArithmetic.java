package no.farvel.templates.internal.freemarker;

import freemarker.core.ArithmeticEngine;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * FreeMarker's exact decimal arithmetic with a size limit on numbers: a template that squares a number forty times,
 * or turns {@code "1e999999999"} into a number and prints it, would otherwise spend minutes and gigabytes in one
 * step that nothing can interrupt. Letters only ever need amounts, counts and dates.
 */
final class BoundedArithmetic extends ArithmeticEngine {
    private static final ArithmeticEngine EXACT = ArithmeticEngine.BIGDECIMAL_ENGINE;

    /** The most significant digits, and the largest exponent either way, a template number may have. */
    static final int MAX_DIGITS = 100;

    @Override
    public int compareNumbers(Number first, Number second) throws TemplateException {
        return EXACT.compareNumbers(first, second);
    }

    @Override
    public Number add(Number first, Number second) throws TemplateException {
        return checked(EXACT.add(checked(first), checked(second)));
    }

    @Override
    public Number subtract(Number first, Number second) throws TemplateException {
        return checked(EXACT.subtract(checked(first), checked(second)));
    }

    @Override
    public Number multiply(Number first, Number second) throws TemplateException {
        return checked(EXACT.multiply(checked(first), checked(second)));
    }

    @Override
    public Number divide(Number first, Number second) throws TemplateException {
        return checked(EXACT.divide(checked(first), checked(second)));
    }

    @Override
    public Number modulus(Number first, Number second) throws TemplateException {
        return checked(EXACT.modulus(checked(first), checked(second)));
    }

    @Override
    public Number toNumber(String s) {
        if (s.length() > 2 * MAX_DIGITS) {
            throw new NumberFormatException(tooLarge(s.substring(0, 20) + "..."));
        }
        Number number = EXACT.toNumber(s);
        if (!fits(number)) {
            throw new NumberFormatException(tooLarge(s));
        }
        return number;
    }

    private static Number checked(Number number) throws TemplateModelException {
        if (!fits(number)) {
            throw new TemplateModelException(tooLarge("in this calculation"));
        }
        return number;
    }

    private static boolean fits(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.precision() <= MAX_DIGITS && Math.abs((long) decimal.scale()) <= MAX_DIGITS;
        }
        if (number instanceof BigInteger integer) {
            return integer.bitLength() <= MAX_DIGITS * 3.33;
        }
        return true;
    }

    private static String tooLarge(String number) {
        return "the number " + number + " has more than " + MAX_DIGITS + " digits or an exponent beyond "
                + MAX_DIGITS + "; a pack template works with amounts, counts and dates only";
    }
}
