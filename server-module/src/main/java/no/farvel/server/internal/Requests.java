package no.farvel.server.internal;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;

/** Reading what a request carries, within the server's limits. */
public final class Requests {
    private Requests() {
    }

    /**
     * The body as UTF-8 text, refused with 413 past {@code maxBytes}: by its declared length before anything is read,
     * or once that many bytes have arrived.
     */
    public static String body(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 1024), maxBytes));
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = ctx.req().getInputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (out.size() + (long) read > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw ProblemException.of(400, "unreadable-body", "The request body could not be read", e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.of(400, "unreadable-body", "The request body is not UTF-8",
                    "Send the JSON document encoded as UTF-8");
        }
    }

    /** The 413 problem for a body over {@code maxBytes}. */
    public static ProblemException tooLarge(long maxBytes) {
        return ProblemException.of(413, "too-large", "The request is too large",
                "The body is larger than this server's limit of " + size(maxBytes));
    }

    /** A boolean query parameter: absent is false; anything but true or false is a 400 problem. */
    public static boolean flag(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.isEmpty() || value.equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.of(400, "bad-parameter", "A query parameter is not valid",
                name + ": '" + shorten(value) + "' is not true or false");
    }

    /** A bound on text echoed back from a request, so a problem document never repeats a whole upload. */
    public static String shorten(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 64 ? value : value.substring(0, 61) + "...";
    }

    /** {@code 1 MiB}, {@code 100 MiB}, {@code 512 bytes}. */
    public static String size(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return bytes / (1 << 20) + " MiB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return bytes / (1 << 10) + " KiB";
        }
        return String.format(Locale.ROOT, "%d bytes", bytes);
    }
}
