package no.farvel.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import no.farvel.mail.SmtpSettings;
import no.farvel.templates.TemplatePack;

/**
 * How a {@link FarvelServer} runs: where it listens, who may call it, where it keeps its work and how much it takes
 * on. Made with {@link #builder(Path)}; immutable.
 *
 * @param host the address to listen on; anything but a loopback address needs {@code tokens}
 * @param port the port, or 0 for any free one
 * @param workDir the only folder the server writes to: uploads, batches and sent letters live under it
 * @param tokens the bearer tokens that let a request in; none means no authentication (loopback only)
 * @param keyStore a PKCS#12 key store for TLS, or null for plain HTTP (behind a reverse proxy, or on loopback)
 * @param keyStorePassword the key store's password; null when there is no key store
 * @param providersDir a folder of provider profiles ({@code NAME.json}, each a provider object), or null
 * @param pack the template pack letters are written with, or null for the built-in one
 * @param packsDir a folder whose packs {@code GET /v1/packs} lists beside the built-in one, or null
 * @param smtp where e-mail is delivered, or null when the server does not send
 * @param limits request, upload, batch and concurrency limits
 * @param corsOrigins origins allowed to call the API from a browser page of theirs; empty turns CORS off
 * @param accessLog receives one JSON line per request, without personal data
 * @param shutdownGrace how long stopping waits for running batches before it leaves them to be resumed
 */
public record ServerConfig(String host, int port, Path workDir, AccessTokens tokens, Path keyStore,
                           char[] keyStorePassword, Path providersDir, TemplatePack pack, Path packsDir,
                           SmtpSettings smtp, Limits limits, List<String> corsOrigins, Consumer<String> accessLog,
                           Duration shutdownGrace) {
    public ServerConfig {
        Objects.requireNonNull(host, "The parameter 'host' must not be null");
        Objects.requireNonNull(workDir, "The parameter 'workDir' must not be null");
        Objects.requireNonNull(tokens, "The parameter 'tokens' must not be null");
        Objects.requireNonNull(limits, "The parameter 'limits' must not be null");
        Objects.requireNonNull(accessLog, "The parameter 'accessLog' must not be null");
        Objects.requireNonNull(shutdownGrace, "The parameter 'shutdownGrace' must not be null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("The parameter 'port' must be 0 to 65535, not " + port);
        }
        if ((keyStore == null) != (keyStorePassword == null)) {
            throw new IllegalArgumentException("Give the key store and its password together");
        }
        keyStorePassword = keyStorePassword == null ? null : keyStorePassword.clone();
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** A configuration for loopback port 8080 with the default limits, no tokens, no TLS and no e-mail. */
    public static Builder builder(Path workDir) {
        return new Builder(workDir);
    }

    /** The key store's password; a copy, which the caller should clear. */
    @Override
    public char[] keyStorePassword() {
        return keyStorePassword == null ? null : keyStorePassword.clone();
    }

    @Override
    public String toString() {
        return "ServerConfig[" + host + ":" + port + ", work " + workDir + ", " + tokens + (keyStore == null ? ""
                : ", TLS from " + keyStore) + "]";
    }

    /**
     * What one request, upload or batch may take, and how much runs at once.
     *
     * @param maxJsonBytes the largest JSON request body; a termination is a few kilobytes
     * @param maxUploadBytes the largest batch upload, all its files together
     * @param maxBatchRecords the most records in one batch
     * @param maxConcurrentRenders letters rendered at once over the API; more wait a moment, then get 503
     * @param maxConcurrentBatches batches run at once; more wait in a queue
     * @param maxQueuedBatches batches waiting; more are refused with 503
     * @param batchJobs records rendered at once within one batch
     */
    public record Limits(long maxJsonBytes, long maxUploadBytes, int maxBatchRecords, int maxConcurrentRenders,
                         int maxConcurrentBatches, int maxQueuedBatches, int batchJobs) {
        public Limits {
            positive("maxJsonBytes", maxJsonBytes);
            positive("maxUploadBytes", maxUploadBytes);
            positive("maxBatchRecords", maxBatchRecords);
            positive("maxConcurrentRenders", maxConcurrentRenders);
            positive("maxConcurrentBatches", maxConcurrentBatches);
            if (maxQueuedBatches < 0) {
                throw new IllegalArgumentException("The parameter 'maxQueuedBatches' must not be negative");
            }
            positive("batchJobs", batchJobs);
        }

        /** 1 MiB of JSON, 100 MiB of upload, 10,000 records, two renders per processor, one batch and four waiting. */
        public static Limits defaults() {
            int processors = Runtime.getRuntime().availableProcessors();
            return new Limits(1L << 20, 100L << 20, 10_000, 2 * processors, 1, 4, processors);
        }

        public Limits withMaxJsonBytes(long value) {
            return new Limits(value, maxUploadBytes, maxBatchRecords, maxConcurrentRenders, maxConcurrentBatches,
                    maxQueuedBatches, batchJobs);
        }

        public Limits withMaxUploadBytes(long value) {
            return new Limits(maxJsonBytes, value, maxBatchRecords, maxConcurrentRenders, maxConcurrentBatches,
                    maxQueuedBatches, batchJobs);
        }

        public Limits withMaxBatchRecords(int value) {
            return new Limits(maxJsonBytes, maxUploadBytes, value, maxConcurrentRenders, maxConcurrentBatches,
                    maxQueuedBatches, batchJobs);
        }

        public Limits withMaxConcurrentRenders(int value) {
            return new Limits(maxJsonBytes, maxUploadBytes, maxBatchRecords, value, maxConcurrentBatches,
                    maxQueuedBatches, batchJobs);
        }

        public Limits withMaxConcurrentBatches(int value) {
            return new Limits(maxJsonBytes, maxUploadBytes, maxBatchRecords, maxConcurrentRenders, value,
                    maxQueuedBatches, batchJobs);
        }

        public Limits withMaxQueuedBatches(int value) {
            return new Limits(maxJsonBytes, maxUploadBytes, maxBatchRecords, maxConcurrentRenders,
                    maxConcurrentBatches, value, batchJobs);
        }

        public Limits withBatchJobs(int value) {
            return new Limits(maxJsonBytes, maxUploadBytes, maxBatchRecords, maxConcurrentRenders,
                    maxConcurrentBatches, maxQueuedBatches, value);
        }

        private static void positive(String name, long value) {
            if (value < 1) {
                throw new IllegalArgumentException("The parameter '" + name + "' must be at least 1, not " + value);
            }
        }
    }

    /** Sets up a {@link ServerConfig}. */
    public static final class Builder {
        private final Path workDir;
        private String host = "127.0.0.1";
        private int port = 8080;
        private AccessTokens tokens = AccessTokens.none();
        private Path keyStore;
        private char[] keyStorePassword;
        private Path providersDir;
        private TemplatePack pack;
        private Path packsDir;
        private SmtpSettings smtp;
        private Limits limits = Limits.defaults();
        private List<String> corsOrigins = List.of();
        private Consumer<String> accessLog = line -> { };
        private Duration shutdownGrace = Duration.ofSeconds(60);

        private Builder(Path workDir) {
            this.workDir = Objects.requireNonNull(workDir, "The parameter 'workDir' must not be null");
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder tokens(AccessTokens tokens) {
            this.tokens = tokens;
            return this;
        }

        /** Serves HTTPS with the key and certificate in a PKCS#12 key store. */
        public Builder tls(Path keyStore, char[] password) {
            this.keyStore = Objects.requireNonNull(keyStore, "The parameter 'keyStore' must not be null");
            this.keyStorePassword = Objects.requireNonNull(password, "The parameter 'password' must not be null")
                    .clone();
            return this;
        }

        public Builder providersDir(Path providersDir) {
            this.providersDir = providersDir;
            return this;
        }

        public Builder pack(TemplatePack pack) {
            this.pack = pack;
            return this;
        }

        public Builder packsDir(Path packsDir) {
            this.packsDir = packsDir;
            return this;
        }

        public Builder smtp(SmtpSettings smtp) {
            this.smtp = smtp;
            return this;
        }

        public Builder limits(Limits limits) {
            this.limits = limits;
            return this;
        }

        public Builder corsOrigins(List<String> corsOrigins) {
            this.corsOrigins = corsOrigins;
            return this;
        }

        public Builder accessLog(Consumer<String> accessLog) {
            this.accessLog = accessLog;
            return this;
        }

        public Builder shutdownGrace(Duration shutdownGrace) {
            this.shutdownGrace = shutdownGrace;
            return this;
        }

        public ServerConfig build() {
            return new ServerConfig(host, port, workDir, tokens, keyStore, keyStorePassword, providersDir, pack,
                    packsDir, smtp, limits, corsOrigins, accessLog, shutdownGrace);
        }
    }
}
