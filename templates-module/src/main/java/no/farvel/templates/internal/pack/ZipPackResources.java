package no.farvel.templates.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/**
 * A pack in a jar or zip file, read in place: nothing is unpacked to disk, so an entry named {@code ../x} cannot
 * land anywhere. The manifest sits at the root, or in the archive's one top-level folder (a zipped pack folder).
 */
public final class ZipPackResources implements PackResources {
    /** No pack file is larger; a bigger entry is refused rather than read into memory (a zip bomb). */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    private final String name;
    private final ZipFile zip;
    private final String prefix;

    private ZipPackResources(String name, ZipFile zip, String prefix) {
        this.name = name;
        this.zip = zip;
        this.prefix = prefix;
    }

    /** Opens the archive; the file stays open for the life of the pack, as packs are loaded once per process. */
    public static ZipPackResources open(Path file) throws IOException {
        String name = file.toAbsolutePath().normalize().toString();
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (java.util.zip.ZipException e) {
            throw new RenderException("Pack '" + name + "': not a jar or zip file (" + e.getMessage() + ")", e);
        }
        return new ZipPackResources(name, zip, findPrefix(name, zip));
    }

    private static String findPrefix(String name, ZipFile zip) {
        if (zip.getEntry(PackManifest.FILE_NAME) != null) {
            return "";
        }
        List<String> found = new ArrayList<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String entryName = entry.getName();
            int slash = entryName.indexOf('/');
            if (slash > 0 && entryName.equals(entryName.substring(0, slash + 1) + PackManifest.FILE_NAME)) {
                found.add(entryName.substring(0, slash + 1));
            }
        }
        if (found.size() == 1 && !found.get(0).equals("../")) {
            return found.get(0);
        }
        throw new RenderException("Pack '" + name + "': no " + PackManifest.FILE_NAME
                + " at the root of the archive" + (found.isEmpty() ? "" : "; found several: " + found));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public byte[] read(String path) throws IOException {
        PackPaths.requireInside(name, path);
        ZipEntry entry = zip.getEntry(prefix + path);
        if (entry == null || entry.isDirectory()) {
            throw new RenderException("Pack '" + name + "': file '" + path + "' not found");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
            if (bytes.length > MAX_ENTRY_BYTES) {
                throw new RenderException("Pack '" + name + "': file '" + path + "' is larger than "
                        + MAX_ENTRY_BYTES / (1024 * 1024) + " MiB");
            }
            return bytes;
        }
    }
}
