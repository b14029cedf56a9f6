package no.farvel.cli;

/** Starts the {@code farvel} command line. */
public final class Main {
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // POI logs through Log4j; without a provider it complains on every run. Farvel reports its own errors.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        // Jakarta Mail 2.1 looks its stream provider up anew, through a ServiceLoader scan of every jar, each time an
        // e-mail part is encoded or a multipart made (jakartaee/mail-api#699, #861): a third of the time an .eml took
        // in a batch. Named here, the provider is made directly. It is the one that scan finds: Angus Mail's.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private Main() {
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(FarvelCommand.commandLine().execute(args));
    }
}
