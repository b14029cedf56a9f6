package no.farvel.core.json.internal;

/**
 * The bounds that keep hostile input from exhausting stack or heap.
 *
 * @param maxNestingDepth how deeply objects and arrays may nest
 * @param maxStringLength the longest text value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest field name, in characters
 * @param maxRecordLength the longest single record (one document, one array element or one JSON Lines line), in
 *                        characters
 */
public record Limits(int maxNestingDepth, int maxStringLength, int maxNumberLength, int maxNameLength,
                     int maxRecordLength) {
    /** Generous for real termination documents (a few kilobytes), small enough to stop abuse early. */
    public static final Limits DEFAULT = new Limits(64, 100_000, 100, 1_000, 1_000_000);

    public Limits {
        requirePositive(maxNestingDepth, "maxNestingDepth");
        requirePositive(maxStringLength, "maxStringLength");
        requirePositive(maxNumberLength, "maxNumberLength");
        requirePositive(maxNameLength, "maxNameLength");
        requirePositive(maxRecordLength, "maxRecordLength");
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException("The parameter '" + name + "' must be at least 1, but was " + value);
        }
    }
}
