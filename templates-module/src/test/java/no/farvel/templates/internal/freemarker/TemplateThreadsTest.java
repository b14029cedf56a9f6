package no.farvel.templates.internal.freemarker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import no.farvel.templates.spi.RenderException;
import org.junit.jupiter.api.Test;

/** What a template thread prints when something ends it outside any run. */
class TemplateThreadsTest {
    private static final TemplateThreads.Failures FAILURES = new TemplateThreads.Failures() {
        @Override
        public RenderException timedOut(boolean stopped) {
            return new RenderException("timed out");
        }

        @Override
        public RenderException error(Error error) {
            return new RenderException("error", error);
        }
    };

    @Test
    void thePoolRunningOutOfMemoryBetweenRunsPrintsNothingButOtherErrorsArePrinted() throws Exception {
        // In a batch under memory pressure the pool's own code (an idle thread waiting for its next run) can be the
        // one that meets the OutOfMemoryError; the record that ran out is reported by its own line, nothing more.
        Thread thread = TemplateThreads.run(Thread::currentThread, 10_000_000_000L, FAILURES);
        Thread.UncaughtExceptionHandler handler = thread.getUncaughtExceptionHandler();

        String afterMemory = printed(() -> handler.uncaughtException(thread, new OutOfMemoryError("Java heap space")));
        String afterBug = printed(() -> handler.uncaughtException(thread, new IllegalStateException("a bug")));

        assertThat(thread.getName()).startsWith("farvel-template-");
        assertThat(afterMemory).isEmpty();
        assertThat(afterBug).startsWith("Exception in thread \"" + thread.getName()
                + "\" java.lang.IllegalStateException: a bug");
    }

    private static String printed(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
