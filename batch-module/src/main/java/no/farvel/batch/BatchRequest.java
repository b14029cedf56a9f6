package no.farvel.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import no.farvel.core.Provider;
import no.farvel.templates.TemplatePack;

/**
 * What a batch run should do. Made with {@link #builder(Path, Path)}.
 *
 * @param input the records: {@code .json}, {@code .jsonl}, {@code .csv} or {@code .xlsx}
 * @param outDir where {@code <id>/letter.*} and {@code manifest.jsonl} go
 * @param formats the files to write per record, such as {@code pdf}, {@code docx}
 * @param jobs how many records are rendered at once
 * @param resume whether records whose files the manifest already records intact are left alone
 * @param provider the provider for records that name none, or null
 * @param pack the template pack, or null for the built-in one
 * @param allowFindings whether letters are written even when the guide check finds errors
 * @param limits the bounds on what one input may make Farvel hold in memory
 * @param caseFile whether each record's case file (decision memo, follow-up calendar, replies, debrief agenda) is
 *                 written to {@code <id>/case/} as well; with it, {@code formats} may be empty to write no letter
 * @param keepOutcomes whether the result lists every record's outcome ({@link BatchResult#outcomes()}); each holds its
 *                 warnings and files, some hundreds of bytes a record, so a run of a million records that keeps them
 *                 needs hundreds of megabytes more heap. Without them the result has the counts, and a
 *                 {@link BatchListener} hears every outcome as it ends.
 */
public record BatchRequest(Path input, Path outDir, List<String> formats, int jobs, boolean resume,
                           Provider provider, TemplatePack pack, boolean allowFindings, BatchLimits limits,
                           boolean caseFile, boolean keepOutcomes) {
    /** Checks the request: input and output folder given, at least one format or the case file, at least one job. */
    public BatchRequest {
        Objects.requireNonNull(limits, "The parameter 'limits' must not be null");
        Objects.requireNonNull(input, "The parameter 'input' must not be null");
        Objects.requireNonNull(outDir, "The parameter 'outDir' must not be null");
        formats = List.copyOf(Objects.requireNonNull(formats, "The parameter 'formats' must not be null"));
        if (formats.isEmpty() && !caseFile) {
            throw new IllegalArgumentException("The parameter 'formats' must name at least one format");
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("The parameter 'jobs' must be at least 1, not " + jobs);
        }
    }

    /** A request that keeps every record's outcome in its result, as before that was a choice. */
    public BatchRequest(Path input, Path outDir, List<String> formats, int jobs, boolean resume, Provider provider,
                        TemplatePack pack, boolean allowFindings, BatchLimits limits, boolean caseFile) {
        this(input, outDir, formats, jobs, resume, provider, pack, allowFindings, limits, caseFile, true);
    }

    /** A request without the case file, as before there was one. */
    public BatchRequest(Path input, Path outDir, List<String> formats, int jobs, boolean resume, Provider provider,
                        TemplatePack pack, boolean allowFindings, BatchLimits limits) {
        this(input, outDir, formats, jobs, resume, provider, pack, allowFindings, limits, false);
    }

    /**
     * A request with the default formats, one job per processor, no resume, no provider, the built-in pack and the
     * default limits.
     */
    public static Builder builder(Path input, Path outDir) {
        return new Builder(input, outDir);
    }

    /** Sets up a {@link BatchRequest}. */
    public static final class Builder {
        private final Path input;
        private final Path outDir;
        private List<String> formats = BatchRunner.defaultFormats();
        private int jobs = Runtime.getRuntime().availableProcessors();
        private boolean resume;
        private Provider provider;
        private TemplatePack pack;
        private boolean allowFindings;
        private BatchLimits limits = BatchLimits.DEFAULT;
        private boolean caseFile;
        private boolean keepOutcomes = true;

        private Builder(Path input, Path outDir) {
            this.input = input;
            this.outDir = outDir;
        }

        /** The formats to write per record, such as {@code pdf} and {@code docx}. */
        public Builder formats(List<String> formats) {
            this.formats = formats;
            return this;
        }

        /** How many records are rendered at once. */
        public Builder jobs(int jobs) {
            this.jobs = jobs;
            return this;
        }

        /** Whether records whose files the manifest already records intact are left alone. */
        public Builder resume(boolean resume) {
            this.resume = resume;
            return this;
        }

        /** The provider for records that name none. */
        public Builder provider(Provider provider) {
            this.provider = provider;
            return this;
        }

        /** The template pack, instead of the built-in one. */
        public Builder pack(TemplatePack pack) {
            this.pack = pack;
            return this;
        }

        /** Whether letters are written even when the guide check finds errors. */
        public Builder allowFindings(boolean allowFindings) {
            this.allowFindings = allowFindings;
            return this;
        }

        /** The bounds every record and list file is read within; the defaults unless set. */
        public Builder limits(BatchLimits limits) {
            this.limits = limits;
            return this;
        }

        /**
         * Whether each record's case file is written to {@code <id>/case/} beside its letters; with
         * {@code formats(List.of())} it is written alone.
         */
        public Builder caseFile(boolean caseFile) {
            this.caseFile = caseFile;
            return this;
        }

        /**
         * Whether the result lists every record's outcome (the default); {@code false} keeps a long run's memory flat,
         * with the counts in the result and each outcome told to the listener.
         */
        public Builder keepOutcomes(boolean keepOutcomes) {
            this.keepOutcomes = keepOutcomes;
            return this;
        }

        /** The request; throws {@link IllegalArgumentException} naming what is wrong with it. */
        public BatchRequest build() {
            return new BatchRequest(input, outDir, formats, jobs, resume, provider, pack, allowFindings, limits, caseFile,
                    keepOutcomes);
        }
    }
}
