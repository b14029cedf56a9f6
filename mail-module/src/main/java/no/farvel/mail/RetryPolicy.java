package no.farvel.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How transient failures are retried: exponential backoff from {@code baseDelay}, capped at {@code maxDelay}, each
 * wait shortened by a random share of up to {@code jitter} so that many senders do not retry in step.
 *
 * @param maxAttempts attempts per message in one run, at least 1
 * @param jitter between 0 (none) and 1 (the wait may shrink to nothing)
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, double jitter) {
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("The parameter 'maxAttempts' must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(baseDelay, "The parameter 'baseDelay' must not be null");
        Objects.requireNonNull(maxDelay, "The parameter 'maxDelay' must not be null");
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("The delays must satisfy 0 <= baseDelay <= maxDelay, were " + baseDelay
                    + " and " + maxDelay);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("The parameter 'jitter' must be between 0 and 1, was " + jitter);
        }
    }

    /** Five attempts, waiting about 2, 4, 8 and 16 seconds between them, at most a minute. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(1), 0.5);
    }

    /** One attempt, no retries. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0);
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} failed (1-based). */
    public Duration delayAfter(int attempt) {
        long base = baseDelay.toMillis();
        long exponential = attempt >= 62 ? Long.MAX_VALUE : base << Math.min(attempt - 1, 30);
        long capped = Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, maxDelay.toMillis());
        double shrink = jitter == 0 ? 0 : ThreadLocalRandom.current().nextDouble(jitter);
        return Duration.ofMillis(Math.round(capped * (1 - shrink)));
    }
}
