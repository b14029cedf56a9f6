package no.farvel.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void doublesTheWaitUpToTheCapWithoutJitter() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(2), Duration.ofSeconds(20), 0);
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delayAfter(100)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void shortensEachWaitByAtMostTheJitterShare() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(4), Duration.ofMinutes(1), 0.5);
        for (int i = 0; i < 200; i++) {
            assertThat(policy.delayAfter(2)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
        }
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 0))
                .hasMessage("The parameter 'maxAttempts' must be at least 1, was 0");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1), 0))
                .hasMessage("The delays must satisfy 0 <= baseDelay <= maxDelay, were PT2S and PT1S");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.5))
                .hasMessage("The parameter 'jitter' must be between 0 and 1, was 1.5");
    }
}
