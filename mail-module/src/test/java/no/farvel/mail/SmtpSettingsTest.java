package no.farvel.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    @Test
    void requiresStartTlsUnlessToldOtherwise() {
        assertThat(SmtpSettings.builder("mail.example.no", 587).build().security())
                .isEqualTo(Security.STARTTLS_REQUIRED);
    }

    @Test
    void neverShowsThePassword() {
        SmtpSettings settings = SmtpSettings.builder("mail.example.no", 587)
                .login("ola", "hemmelig-passord".toCharArray()).build();
        assertThat(settings).hasToString("mail.example.no:587 STARTTLS_REQUIRED as ola with a password");
    }

    @Test
    void readsThePasswordFromTheNamedEnvironmentVariable() {
        Map<String, String> env = Map.of("FARVEL_SMTP_PASSWORD", "hemmelig");
        assertThat(SmtpSettings.passwordFromEnvironment("FARVEL_SMTP_PASSWORD", env::get))
                .containsExactly("hemmelig".toCharArray());
    }

    @Test
    void saysWhichEnvironmentVariableIsMissing() {
        assertThatThrownBy(() -> SmtpSettings.passwordFromEnvironment("FARVEL_SMTP_PASSWORD", name -> null))
                .hasMessage("The environment variable FARVEL_SMTP_PASSWORD is not set; set it to the SMTP password"
                        + " before sending (export FARVEL_SMTP_PASSWORD=...)");
    }

    @Test
    void refusesAnInfiniteTimeout() {
        assertThatThrownBy(() -> SmtpSettings.builder("localhost", 25)
                .timeouts(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessage("The connect timeout must be positive and below 24 days, was PT0S; an infinite wait would"
                        + " hang the run");
    }

    @Test
    void refusesABadHostOrPort() {
        assertThatThrownBy(() -> SmtpSettings.builder("mail example", 587))
                .hasMessage("The SMTP host 'mail example' is not a host name; give one such as mail.example.no");
        assertThatThrownBy(() -> SmtpSettings.builder("mail.example.no", 0))
                .hasMessage("The SMTP port 0 is not between 1 and 65535; 587 is usual for STARTTLS, 465 for SMTPS");
    }

    @Test
    void refusesPlainSmtpToAHostThatIsNotLoopbackBeforeConnecting() {
        SmtpSettings settings = SmtpSettings.builder("mail.example.invalid", 25).security(Security.PLAIN).build();
        assertThatThrownBy(() -> SmtpSender.open(settings, RetryPolicy.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Refusing plain SMTP to mail.example.invalid:25: the letters and the password would cross"
                        + " the network unencrypted. Use STARTTLS (the default) or SMTPS, or allow plain SMTP"
                        + " explicitly (--insecure-plain)");
    }

    @Test
    void allowsPlainSmtpToLoopbackOrWhenExplicitlyAllowed() {
        SmtpSender.open(SmtpSettings.builder("127.0.0.1", 25).security(Security.PLAIN).build(), RetryPolicy.none())
                .close();
        SmtpSender.open(SmtpSettings.builder("mail.example.invalid", 25).security(Security.PLAIN)
                .allowInsecurePlain(true).build(), RetryPolicy.none()).close();
    }
}
