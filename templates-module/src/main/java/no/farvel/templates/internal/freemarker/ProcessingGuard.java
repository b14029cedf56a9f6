package no.farvel.templates.internal.freemarker;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.lang.management.ManagementFactory;
import no.farvel.templates.pack.PackLimits;
import no.farvel.templates.spi.LimitExceededException;

/**
 * Watches one run of a template through FreeMarker's tracer, which sees every element entered: it stops the run
 * when it nests too deep, runs too long, is interrupted or allocates too much. A failure sticks, so an
 * {@code <#attempt>} that swallows it fails again at the next element and once more when the run ends.
 */
final class ProcessingGuard implements TemplateProcessingTracer {
    private final String pack;
    private final PackLimits limits;
    private final long deadline;
    private final Place place;
    private final long allocatedAtStart;
    private final TracedElement[] stack;
    private int depth;
    private volatile LimitExceededException failure;

    ProcessingGuard(String pack, PackLimits limits, long deadlineNanos, Place place) {
        this.pack = pack;
        this.limits = limits;
        this.deadline = deadlineNanos;
        this.place = place;
        this.allocatedAtStart = allocated();
        this.stack = new TracedElement[limits.templateNesting() + 1];
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        LimitExceededException failed = failure;
        if (failed != null) {
            throw failed;
        }
        if (depth >= limits.templateNesting()) {
            throw fail("templateNesting", element, "the template nests deeper than " + limits.templateNesting()
                    + " levels while running (a macro, function or include that calls itself?)");
        }
        stack[depth++] = element;
        if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
            throw fail("templateTime", element, "the template ran longer than the limit of "
                    + seconds(limits.templateTime().toMillis()));
        }
        // Every element: one element can double a string, so a sparser check could let it grow many times over.
        if (allocatedAtStart >= 0) {
            long allocated = allocated() - allocatedAtStart;
            if (allocated > limits.templateMemory()) {
                throw fail("templateMemory", element, "the template allocated more than the limit of "
                        + PackLimits.bytes(limits.templateMemory()));
            }
        }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        if (depth > 0) {
            depth--;
        }
    }

    /** Fails the run at the element being run now, such as when its output grows too large. */
    LimitExceededException fail(String limit, String what) {
        return fail(limit, depth == 0 ? null : stack[depth - 1], what);
    }

    /** The failure that stopped this run, or null. */
    LimitExceededException failure() {
        return failure;
    }

    private LimitExceededException fail(String limit, TracedElement element, String what) {
        String where = element == null ? "" : place.of(element.getTemplate().getSourceName(), element.getBeginLine(),
                element.getBeginColumn()) + ": ";
        LimitExceededException e = new LimitExceededException(limit, "Pack '" + pack + "', " + where + what + " ("
                + limit + "); " + PackLimits.howToRaise(limit));
        if (failure == null) {
            failure = e;
        }
        return failure;
    }

    /** How an error names a place in a template: {@code template 't.ftlh', line 3, column 5}. */
    @FunctionalInterface
    interface Place {
        String of(String template, int line, int column);
    }

    static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static long allocated() {
        try {
            return Allocation.current();
        } catch (LinkageError e) {
            return -1;
        }
    }

    /** The bytes this thread has allocated, where the JVM counts them (HotSpot does); -1 elsewhere. */
    private static final class Allocation {
        private static final com.sun.management.ThreadMXBean THREADS = threads();

        static long current() {
            try {
                return THREADS == null ? -1 : THREADS.getCurrentThreadAllocatedBytes();
            } catch (UnsupportedOperationException e) {
                return -1;
            }
        }

        private static com.sun.management.ThreadMXBean threads() {
            try {
                if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                        && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
                    return threads;
                }
            } catch (RuntimeException | LinkageError e) {
                // A JVM without jdk.management: the time and output limits still hold.
            }
            return null;
        }
    }
}
