package no.farvel.core.guide.internal;

/**
 * Whether a tone rule's regular expression is safe to run on any text with Java's backtracking engine. Patterns such
 * as {@code (?:.*a){10}q}, {@code (a+)+b} or {@code (a|aa)+$} take years on a few thousand unlucky characters, and
 * nothing can interrupt a match. So a rule from a pack may repeat ({@code *}, {@code +}, {@code {n,m}}) one part at
 * most, that part must match in one way only, {@code .} and {@code [^...]} may not repeat without an upper bound, and
 * its alternatives and optional parts together may offer a bounded number of ways to match. Such a pattern needs at
 * most a number of steps proportional to the square of the text's length.
 */
final class RegexSafety {
    static final int MAX_GROUP_DEPTH = 32;
    static final long MAX_WAYS = 1_000;
    static final long MAX_WAYS_WITH_REPETITION = 64;

    private final String regex;
    private int at;
    private int depth;

    private RegexSafety(String regex) {
        this.regex = regex;
    }

    /** Why the pattern is not safe to run, phrased to follow "the pattern 'X' "; null when it is. */
    static String problem(String regex) {
        try {
            Part whole = new RegexSafety(regex).alternatives();
            if (whole.repetitions() > 1) {
                return "repeats more than one part (with *, + or {n,m}), which can take for ever on unlucky text; "
                        + "a tone rule may repeat one part at most";
            }
            if (whole.ways() > MAX_WAYS || whole.repetitions() == 1 && whole.ways() > MAX_WAYS_WITH_REPETITION) {
                return "has too many alternatives and optional parts (" + (whole.ways() > MAX_WAYS ? "over " + MAX_WAYS
                        : whole.ways()) + " ways to match" + (whole.repetitions() == 1 ? " besides a repeated part"
                        : "") + "), which can take for ever on unlucky text";
            }
            return null;
        } catch (Unsafe e) {
            return e.getMessage();
        }
    }

    /** What a piece of a pattern contributes: how many ways it can match, and how many repeated parts it holds. */
    private record Part(long ways, int repetitions) {
        static final Part ONE = new Part(1, 0);
    }

    private Part alternatives() {
        long ways = 0;
        int repetitions = 0;
        while (true) {
            Part branch = sequence();
            ways = capped(ways + branch.ways());
            repetitions += branch.repetitions();
            if (at < regex.length() && regex.charAt(at) == '|') {
                at++;
            } else {
                return new Part(ways, repetitions);
            }
        }
    }

    private Part sequence() {
        long ways = 1;
        int repetitions = 0;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            int start = at;
            boolean[] wide = new boolean[1];
            Part atom = atom(wide);
            Part quantified = quantifier(atom, wide[0], start);
            ways = capped(ways * quantified.ways());
            repetitions += quantified.repetitions();
        }
        return new Part(ways, repetitions);
    }

    /** One element; {@code wide[0]} is set when it matches almost any character ({@code .}, {@code [^...]}). */
    private Part atom(boolean[] wide) {
        char c = regex.charAt(at++);
        switch (c) {
            case '(':
                return group();
            case '[':
                wide[0] = at < regex.length() && regex.charAt(at) == '^';
                characterClass();
                return Part.ONE;
            case '\\':
                escape();
                return Part.ONE;
            case '.':
                wide[0] = true;
                return Part.ONE;
            default:
                return Part.ONE;
        }
    }

    private Part group() {
        if (++depth > MAX_GROUP_DEPTH) {
            throw new Unsafe("nests groups more than " + MAX_GROUP_DEPTH + " deep");
        }
        boolean atomic = false;
        if (regex.startsWith("?", at)) {
            if (regex.startsWith("?>", at)) {
                atomic = true;
                at += 2;
            } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                at += 3;
            } else if (regex.startsWith("?<", at)) {
                int close = regex.indexOf('>', at);
                at = close < 0 ? regex.length() : close + 1;
            } else {
                at++;
                while (at < regex.length() && (Character.isLetter(regex.charAt(at)) || regex.charAt(at) == '-')) {
                    at++; // inline flags such as (?i) or (?iu:
                }
                if (at < regex.length() && (regex.charAt(at) == ':' || regex.charAt(at) == '=' || regex.charAt(at) == '!')) {
                    at++;
                } else if (at < regex.length() && regex.charAt(at) == ')') {
                    at++;
                    depth--;
                    return Part.ONE;
                }
            }
        }
        Part inside = alternatives();
        if (at < regex.length() && regex.charAt(at) == ')') {
            at++;
        }
        depth--;
        // An atomic group gives nothing back once matched: it cannot be retried another way.
        return atomic ? new Part(1, inside.repetitions()) : inside;
    }

    private void characterClass() {
        int nesting = 1;
        if (at < regex.length() && regex.charAt(at) == '^') {
            at++;
        }
        if (at < regex.length() && regex.charAt(at) == ']') {
            at++; // a ']' first is a literal
        }
        while (at < regex.length() && nesting > 0) {
            char c = regex.charAt(at++);
            if (c == '\\') {
                escape();
            } else if (c == '[') {
                nesting++;
            } else if (c == ']') {
                nesting--;
            }
        }
    }

    private void escape() {
        if (at >= regex.length()) {
            return;
        }
        char c = regex.charAt(at++);
        if (c == 'Q') {
            int end = regex.indexOf("\\E", at);
            at = end < 0 ? regex.length() : end + 2;
        } else if ((c == 'p' || c == 'P' || c == 'x' || c == 'N') && at < regex.length() && regex.charAt(at) == '{') {
            int end = regex.indexOf('}', at);
            at = end < 0 ? regex.length() : end + 1;
        } else if (c == 'k' && at < regex.length() && regex.charAt(at) == '<') {
            int end = regex.indexOf('>', at);
            at = end < 0 ? regex.length() : end + 1;
        }
    }

    private Part quantifier(Part atom, boolean wide, int start) {
        if (at >= regex.length()) {
            return atom;
        }
        long min;
        long max;
        char c = regex.charAt(at);
        if (c == '*' || c == '+' || c == '?') {
            at++;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : Long.MAX_VALUE;
        } else if (c == '{' && regex.indexOf('}', at) > at) {
            String[] bounds = regex.substring(at + 1, regex.indexOf('}', at)).split(",", -1);
            try {
                min = Long.parseLong(bounds[0].strip());
                max = bounds.length == 1 ? min : bounds[1].isBlank() ? Long.MAX_VALUE : Long.parseLong(bounds[1].strip());
            } catch (NumberFormatException e) {
                return atom; // not a quantifier: Pattern.compile says what is wrong with it
            }
            at = regex.indexOf('}', at) + 1;
        } else {
            return atom;
        }
        boolean possessive = at < regex.length() && regex.charAt(at) == '+';
        if (possessive || at < regex.length() && regex.charAt(at) == '?') {
            at++;
        }
        String shown = regex.substring(start, at);
        if (possessive) {
            return new Part(1, atom.repetitions()); // a possessive repetition never gives back what it took
        }
        if (max <= 1) {
            return new Part(capped(atom.ways() + (min == 0 ? 1 : 0)), atom.repetitions());
        }
        if (atom.repetitions() > 0 || atom.ways() > 1) {
            throw new Unsafe("repeats '" + shown + "', a part that can itself match in more than one way, which can "
                    + "take for ever on unlucky text; a repeated part must hold no alternatives, optional or "
                    + "repeated parts");
        }
        if (min == max) {
            return atom; // exactly n times, one way
        }
        if (wide && max == Long.MAX_VALUE) {
            throw new Unsafe("repeats '" + shown + "' without an upper bound, which runs over the whole text and can "
                    + "take for ever; bound it, such as .{0,40}");
        }
        return new Part(1, 1);
    }

    private static long capped(long ways) {
        return Math.min(ways, MAX_WAYS + 1);
    }

    /** The first thing found unsafe; stops the check. */
    private static final class Unsafe extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsafe(String message) {
            super(message, null, false, false);
        }
    }
}
