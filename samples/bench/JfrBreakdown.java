import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the first seconds of a recorded {@code farvel batch} went: CPU samples of the worker threads by what they were
 * doing (each format, the guide check, class loading, file writing), JIT and GC CPU, GC pauses and fsync time.
 * Run with a JDK's launcher as a single file: {@code java JfrBreakdown.java RECORDING.jfr [SECONDS]}.
 */
public final class JfrBreakdown {
    /** Package or class prefixes, tried from the leaf of a stack toward its root; the first frame matching wins. */
    private static final Map<String, String> LEAF_FIRST = new LinkedHashMap<>();
    /** Tried first, on the whole stack: work whose cost belongs to the JVM rather than to a format. */
    private static final Map<String, String> ANYWHERE = new LinkedHashMap<>();

    static {
        ANYWHERE.put("java.lang.ClassLoader.", "class loading and linking");
        ANYWHERE.put("jdk.internal.loader.", "class loading and linking");
        ANYWHERE.put("java.lang.invoke.", "class loading and linking");
        LEAF_FIRST.put("no.farvel.core.guide", "guide check");
        LEAF_FIRST.put("no.farvel.templates.internal.pdf", "PDF");
        LEAF_FIRST.put("no.farvel.docx", "DOCX");
        LEAF_FIRST.put("no.farvel.templates.internal.html", "HTML + text bodies");
        LEAF_FIRST.put("no.farvel.templates.internal.text", "HTML + text bodies");
        LEAF_FIRST.put("no.farvel.mail", "EML (MIME)");
        LEAF_FIRST.put("no.farvel.templates.internal.freemarker", "template (FreeMarker) and document tree");
        LEAF_FIRST.put("no.farvel.templates.internal.markup", "template (FreeMarker) and document tree");
        LEAF_FIRST.put("no.farvel.templates", "template (FreeMarker) and document tree");
        LEAF_FIRST.put("no.farvel.batch.internal.AtomicFiles", "file writing");
        LEAF_FIRST.put("no.farvel.batch.internal.SafeDir", "file writing");
        LEAF_FIRST.put("no.farvel.batch.Manifest", "manifest");
        LEAF_FIRST.put("no.farvel.batch.input", "reading input");
        LEAF_FIRST.put("no.farvel.core.json", "reading input");
        LEAF_FIRST.put("no.farvel.core", "validation");
        LEAF_FIRST.put("no.farvel", "other Farvel");
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        double window = args.length > 1 ? Double.parseDouble(args[1]) : Double.MAX_VALUE;
        List<RecordedEvent> events = RecordingFile.readAllEvents(file);
        Instant start = events.stream().map(RecordedEvent::getStartTime).min(Instant::compareTo).orElseThrow();
        Instant end = window == Double.MAX_VALUE ? Instant.MAX : start.plusMillis((long) (window * 1000));
        Map<String, Integer> samples = new TreeMap<>();
        int total = 0;
        Duration gcPause = Duration.ZERO;
        Duration fsync = Duration.ZERO;
        int fsyncs = 0;
        Map<String, Double> threadCpu = new TreeMap<>();
        RecordedEvent lastCompiler = null;
        RecordedEvent lastClasses = null;
        for (RecordedEvent e : events) {
            if (e.getStartTime().isAfter(end)) {
                continue;
            }
            switch (e.getEventType().getName()) {
                case "jdk.ExecutionSample" -> {
                    samples.merge(classify(e.getStackTrace()), 1, Integer::sum);
                    total++;
                }
                case "jdk.GarbageCollection" -> gcPause = gcPause.plus(e.getDuration("sumOfPauses"));
                case "jdk.FileForce" -> {
                    fsync = fsync.plus(e.getDuration());
                    fsyncs++;
                }
                case "jdk.ThreadCPULoad" -> {
                    String name = e.getThread("eventThread") == null ? "?" : e.getThread("eventThread").getJavaName();
                    String group = name == null ? "?" : name.replaceAll("[0-9]+$", "").replaceAll("-[0-9]+-", "-");
                    threadCpu.merge(group, (double) (e.getFloat("user") + e.getFloat("system")), Double::sum);
                }
                case "jdk.CompilerStatistics" -> lastCompiler = e;
                case "jdk.ClassLoadingStatistics" -> lastClasses = e;
                default -> {
                }
            }
        }
        System.out.printf(Locale.ROOT, "window: %s%n", window == Double.MAX_VALUE ? "whole recording"
                : "first " + (long) window + " s");
        System.out.printf(Locale.ROOT, "worker CPU samples: %d%n", total);
        final int all = total;
        samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(s -> System.out.printf(Locale.ROOT, "  %-42s %5.1f %%%n", s.getKey(), 100.0 * s.getValue() / all));
        if (lastCompiler != null) {
            System.out.printf(Locale.ROOT, "JIT: %d compilations, %.1f s compiling (sum over compiler threads)%n",
                    lastCompiler.getInt("compileCount"), lastCompiler.getDuration("totalTimeSpent").toMillis() / 1000.0);
        }
        if (lastClasses != null) {
            System.out.printf(Locale.ROOT, "classes loaded: %d%n", lastClasses.getLong("loadedClassCount"));
        }
        System.out.printf(Locale.ROOT, "GC pauses: %.2f s; fsync (calls over 10 ms only): %.2f s in %d calls%n",
                gcPause.toMillis() / 1000.0, fsync.toMillis() / 1000.0, fsyncs);
        System.out.println("CPU load by thread (sum of JFR's periodic samples, each a fraction of the machine;"
                + " compare threads with each other):");
        threadCpu.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                .forEach(t -> System.out.printf(Locale.ROOT, "  %-42s %6.1f%n", t.getKey(), t.getValue()));
    }

    private static String classify(RecordedStackTrace stack) {
        if (stack == null) {
            return "unknown";
        }
        List<RecordedFrame> frames = stack.getFrames();
        for (RecordedFrame f : frames) {
            String name = f.getMethod().getType().getName() + "." + f.getMethod().getName();
            for (Map.Entry<String, String> m : ANYWHERE.entrySet()) {
                if (name.startsWith(m.getKey())) {
                    return m.getValue();
                }
            }
        }
        for (RecordedFrame f : frames) {
            String name = f.getMethod().getType().getName();
            for (Map.Entry<String, String> m : LEAF_FIRST.entrySet()) {
                if (name.startsWith(m.getKey())) {
                    return m.getValue();
                }
            }
        }
        return "JDK or library outside a Farvel frame";
    }
}
