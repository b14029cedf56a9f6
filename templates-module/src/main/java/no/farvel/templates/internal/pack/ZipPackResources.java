package no.farvel.templates.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.LimitExceededException;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/**
 * A pack in a jar or zip file, read in place: nothing is unpacked to disk. The archive is refused when it has more
 * entries than the limit, an entry whose name leads outside the pack ({@code ../x}, {@code /etc/x}: zip-slip), the
 * same name twice, or entries that claim to unpack to more than the pack may hold (a zip bomb); each entry is
 * inflated only up to the file limit. The manifest sits at the root, or in the archive's one top-level folder.
 */
public final class ZipPackResources implements PackResources {
    private final String name;
    private final ZipFile zip;
    private final String prefix;
    private final PackFiles files;

    private ZipPackResources(String name, ZipFile zip, String prefix, PackLimits limits) {
        this.name = name;
        this.zip = zip;
        this.prefix = prefix;
        this.files = new PackFiles(name, limits);
    }

    /** Opens the archive; the file stays open for the life of the pack, as packs are loaded once per process. */
    public static ZipPackResources open(Path file, PackLimits limits) throws IOException {
        String name = file.toAbsolutePath().normalize().toString();
        long size = Files.size(file);
        if (size > limits.packSize()) {
            throw new LimitExceededException("packSize", "Pack '" + name + "': the archive is "
                    + PackLimits.bytes(size) + ", larger than the limit of " + PackLimits.bytes(limits.packSize())
                    + " for a pack (packSize); " + PackLimits.howToRaise("packSize"));
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new RenderException("Pack '" + name + "': not a jar or zip file (" + e.getMessage() + ")", e);
        }
        try {
            checkEntries(name, zip, limits);
            return new ZipPackResources(name, zip, findPrefix(name, zip), limits);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static void checkEntries(String name, ZipFile zip, PackLimits limits) {
        if (zip.size() > limits.archiveEntries()) {
            throw new LimitExceededException("archiveEntries", "Pack '" + name + "': the archive has " + zip.size()
                    + " entries, more than the limit of " + limits.archiveEntries() + " (archiveEntries); "
                    + PackLimits.howToRaise("archiveEntries"));
        }
        Set<String> names = new HashSet<>();
        long unpacked = 0;
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String entryName = entry.getName();
            String path = entry.isDirectory() ? entryName.substring(0, entryName.length() - 1) : entryName;
            if (!PackPaths.isInside(path)) {
                throw new LimitExceededException("archivePaths", "Pack '" + name + "': the archive has an entry "
                        + "named '" + entryName + "', which leads outside the pack; an entry name must be a relative "
                        + "path without '..'");
            }
            if (!names.add(entryName)) {
                throw new LimitExceededException("archivePaths", "Pack '" + name + "': the archive has the entry '"
                        + entryName + "' twice; tools disagree on which one counts, so such an archive is refused");
            }
            unpacked += Math.max(0, entry.getSize());
            if (unpacked > limits.packSize()) {
                throw new LimitExceededException("packSize", "Pack '" + name + "': the archive's entries unpack to "
                        + "more than the limit of " + PackLimits.bytes(limits.packSize()) + " (packSize); "
                        + PackLimits.howToRaise("packSize"));
            }
        }
    }

    private static String findPrefix(String name, ZipFile zip) {
        if (zip.getEntry(PackManifest.FILE_NAME) != null) {
            return "";
        }
        List<String> found = new ArrayList<>();
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            String entryName = entries.nextElement().getName();
            int slash = entryName.indexOf('/');
            if (slash > 0 && entryName.equals(entryName.substring(0, slash + 1) + PackManifest.FILE_NAME)) {
                found.add(entryName.substring(0, slash + 1));
            }
        }
        if (found.size() == 1) {
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
        files.checkSize(path, entry.getSize());
        try (InputStream in = zip.getInputStream(entry)) {
            return files.read(path, in);
        }
    }
}
