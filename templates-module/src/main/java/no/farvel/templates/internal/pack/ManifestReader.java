package no.farvel.templates.internal.pack;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.PackResources;
import no.farvel.templates.spi.RenderException;

/** Reads {@code farvel-pack.json} strictly: unknown fields are refused so a misspelt field cannot go unnoticed. */
public final class ManifestReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ManifestReader() {
    }

    /** The pack's manifest; throws {@link ManifestException} with the line when it cannot be read. */
    public static PackManifest read(PackResources resources, PackLimits limits) throws IOException {
        String json = PackFiles.text(resources, PackManifest.FILE_NAME, limits);
        try {
            return MAPPER.readValue(json, PackManifest.class);
        } catch (JacksonException e) {
            JsonLocation location = e.getLocation();
            Integer line = location == null || location.getLineNr() < 1 ? null : location.getLineNr();
            throw new ManifestException("Pack '" + resources.name() + "': " + PackManifest.FILE_NAME
                    + " is not valid: " + e.getOriginalMessage(), line, e.getOriginalMessage(), e);
        }
    }

    /** A manifest that is not valid JSON or does not fit the manifest's fields. */
    public static final class ManifestException extends RenderException {
        private static final long serialVersionUID = 1L;
        private final Integer line;
        private final String detail;

        ManifestException(String message, Integer line, String detail, Throwable cause) {
            super(message, cause);
            this.line = line;
            this.detail = detail;
        }

        /** The line in the manifest, or null when unknown. */
        public Integer line() {
            return line;
        }

        /** The problem without the pack name in front. */
        public String detail() {
            return detail;
        }
    }
}
