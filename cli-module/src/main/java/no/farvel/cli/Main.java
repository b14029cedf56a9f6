package no.farvel.cli;

/** Starts the {@code farvel} command line. */
public final class Main {
    static {
        // POI logs through Log4j; without a provider it complains on every run. Farvel reports its own errors.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }

    private Main() {
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(FarvelCommand.commandLine().execute(args));
    }
}
