package no.farvel.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.farvel.mail.Security;
import no.farvel.mail.SmtpSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The SMTP server and login, as {@code farvel send} and {@code farvel serve} take them. */
final class SmtpOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--smtp", paramLabel = "HOST:PORT", description = "The SMTP server.")
    String smtp;

    @Option(names = "--smtps", description = "TLS from the first byte (usually port 465) instead of STARTTLS.")
    boolean smtps;

    @Option(names = "--plain", description = "No encryption, to a loopback address only (a local relay or test).")
    boolean plain;

    @Option(names = "--insecure-plain",
            description = "No encryption, to any host: letters cross the network readable.")
    boolean insecurePlain;

    @Option(names = "--ca-cert", paramLabel = "FILE",
            description = "Also trust the certificate authorities in FILE (PEM), such as your company's own CA.")
    List<Path> caCerts = new ArrayList<>();

    @Option(names = {"--user", "--smtp-user"}, paramLabel = "U", description = "Log in to the SMTP server as U.")
    String user;

    @Option(names = {"--password-env", "--smtp-password-env"}, paramLabel = "VAR",
            description = "The environment variable holding the SMTP password (never an argument or a file).")
    String passwordEnv;

    /** Whether an SMTP server was named. */
    boolean given() {
        return smtp != null;
    }

    /** A usage error unless an SMTP server was named; {@code farvel send} needs one even for a dry run. */
    void requireGiven() {
        if (smtp == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--smtp=HOST:PORT'");
        }
    }

    /** The settings the options describe; a usage error for a malformed or contradictory combination. */
    SmtpSettings settings() {
        requireGiven();
        int colon = smtp.lastIndexOf(':');
        int port;
        try {
            port = Integer.parseInt(smtp.substring(colon + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            port = -1;
        }
        if (colon <= 0 || port < 1 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--smtp': '" + smtp
                    + "' is not HOST:PORT, such as mail.example.no:587");
        }
        if (smtps && (plain || insecurePlain)) {
            throw new ParameterException(spec.commandLine(), "Choose one of --smtps and --plain/--insecure-plain");
        }
        if ((user == null) != (passwordEnv == null)) {
            throw new ParameterException(spec.commandLine(), "Give --user and --password-env together");
        }
        Security security = smtps ? Security.SMTPS : plain || insecurePlain ? Security.PLAIN : Security.STARTTLS_REQUIRED;
        SmtpSettings.Builder settings = SmtpSettings.builder(smtp.substring(0, colon), port).security(security)
                .allowInsecurePlain(insecurePlain);
        caCerts.forEach(settings::caCertificates);
        if (user != null) {
            char[] password = SmtpSettings.passwordFromEnvironment(passwordEnv);
            settings.login(user, password);
            Arrays.fill(password, '\0');
        }
        return settings.build();
    }
}
