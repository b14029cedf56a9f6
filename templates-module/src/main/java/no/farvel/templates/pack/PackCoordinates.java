package no.farvel.templates.pack;

import java.util.regex.Pattern;

/**
 * A pack's Maven coordinates, {@code groupId:artifactId[:extension]:version}; the version may be a range such as
 * {@code [1.0,2.0)} or a {@code -SNAPSHOT}.
 */
public record PackCoordinates(String groupId, String artifactId, String extension, String version) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_.,\\[\\]()-]+");

    /** True when {@code spec} has the shape of coordinates rather than of a file path. */
    public static boolean looksLikeCoordinates(String spec) {
        String[] parts = spec.split(":", -1);
        return (parts.length == 3 || parts.length == 4) && !spec.contains("/") && !spec.contains("\\");
    }

    /** Parses coordinates; the message says what the right form is. */
    public static PackCoordinates parse(String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length == 3 || parts.length == 4) {
            String extension = parts.length == 4 ? parts[2] : "jar";
            PackCoordinates coordinates = new PackCoordinates(parts[0], parts[1], extension, parts[parts.length - 1]);
            if (NAME.matcher(coordinates.groupId).matches() && NAME.matcher(coordinates.artifactId).matches()
                    && NAME.matcher(extension).matches() && VERSION.matcher(coordinates.version).matches()) {
                return coordinates;
            }
        }
        throw new IllegalArgumentException("'" + spec + "' are not Maven coordinates; write "
                + "groupId:artifactId[:extension]:version, such as no.acme:letters:1.2.0");
    }

    /** True for a version range such as {@code [1.0,2.0)}. */
    public boolean isRange() {
        return version.startsWith("[") || version.startsWith("(");
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ("jar".equals(extension) ? "" : ":" + extension) + ":" + version;
    }
}
