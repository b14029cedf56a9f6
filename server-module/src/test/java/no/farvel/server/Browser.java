package no.farvel.server;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, for tests that use the web page as a person does. Missing
 * either skips the test on a developer's machine, and fails it under CI ({@code CI=true}) or with
 * {@code FARVEL_REQUIRE_CHROMIUM} set, as {@code .ci/run} installs both.
 */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The variable that turns a missing browser into a test failure. */
    static final String REQUIRE_VARIABLE = "FARVEL_REQUIRE_CHROMIUM";

    private Browser() {
    }

    /** Skips (or under CI fails) the calling test unless Chromium and chromedriver are installed. */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && ("true".equals(System.getenv("CI")) || System.getenv(REQUIRE_VARIABLE) != null)) {
            fail("Chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver");
        }
        assumeTrue(installed, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
    }

    /** A fresh headless browser with its own profile, saving downloads to {@code downloads}. */
    static ChromeDriver start(Path profile, Path downloads) throws IOException {
        Files.createDirectories(downloads);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(profile), "--window-size=1280,1000", "--lang=nb");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "nb,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toString()));
        return driver;
    }
}
