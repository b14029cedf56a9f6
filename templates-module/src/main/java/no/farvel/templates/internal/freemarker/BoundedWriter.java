package no.farvel.templates.internal.freemarker;

import java.io.Writer;

/** Collects a template's output and stops the run when it grows past the {@code templateOutput} limit. */
final class BoundedWriter extends Writer {
    private final StringBuilder out = new StringBuilder(16 * 1024);
    private final long limit;
    private final ProcessingGuard guard;

    BoundedWriter(long limit, ProcessingGuard guard) {
        this.limit = limit;
        this.guard = guard;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        room(length);
        out.append(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        room(length);
        out.append(text, offset, offset + length);
    }

    @Override
    public void write(int c) {
        room(1);
        out.append((char) c);
    }

    private void room(int length) {
        if (out.length() + (long) length > limit) {
            throw guard.fail("templateOutput", "the template wrote more than the limit of " + limit + " characters");
        }
    }

    @Override
    public void flush() {
        // Everything stays in memory until the run ends.
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
