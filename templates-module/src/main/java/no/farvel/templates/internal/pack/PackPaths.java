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
        if (!isInside(path)) {
            throw new RenderException("Pack '" + pack + "': path '" + path
                    + "' is not allowed; use a relative path inside the pack without '..'");
        }
        return path;
    }

    /** True when {@code path} is relative, uses forward slashes and has no empty, {@code .} or {@code ..} segment. */
    public static boolean isInside(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
                || path.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
