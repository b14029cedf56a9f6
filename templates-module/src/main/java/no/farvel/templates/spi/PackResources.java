package no.farvel.templates.spi;

import java.io.IOException;

/** Read access to the files of one template pack, confined to the pack. */
public interface PackResources {

    /** A short name for error messages, such as {@code default} or {@code /srv/packs/acme}. */
    String name();

    /**
     * The bytes of the file at {@code path} inside the pack ({@code images/logo.png}). Refuses absolute paths and
     * {@code ..}; throws {@link RenderException} naming pack and path when the file is missing.
     */
    byte[] read(String path) throws IOException;
}
