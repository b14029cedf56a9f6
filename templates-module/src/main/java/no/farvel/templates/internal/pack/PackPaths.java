package no.farvel.templates.internal.pack;

import no.farvel.templates.spi.RenderException;

/** The one rule for paths inside a pack: relative, forward slashes, no {@code ..}, nothing absolute. */
public final class PackPaths {
    private PackPaths() {
    }

    /** Returns {@code path} when it stays inside the pack; otherwise throws naming pack and path. */
    public static String requireInside(String pack, String path) {
        if (path == null || path.isBlank()) {
            throw new RenderException("Pack '" + pack + "': empty path");
        }
        boolean escapes = path.startsWith("/") || path.contains("\\") || path.contains(":")
                || path.indexOf('\0') >= 0;
        for (String segment : path.split("/", -1)) {
            escapes |= segment.equals("..") || segment.equals(".") || segment.isEmpty();
        }
        if (escapes) {
            throw new RenderException("Pack '" + pack + "': path '" + path
                    + "' is not allowed; use a relative path inside the pack without '..'");
        }
        return path;
    }
}
