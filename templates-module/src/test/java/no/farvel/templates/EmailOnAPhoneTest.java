package no.farvel.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.farvel.core.FinalInvoice;
import no.farvel.core.Termination;
import no.farvel.templates.testing.LetterCorpus;
import no.farvel.templates.testing.PageBreakCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The e-mail HTML in Debian's headless Chromium at a phone's 390 px and a desktop's 900 px: nothing wider than the
 * screen, every invoice number and amount shown whole. Skipped without Chromium, failed for it under CI or with
 * {@code FARVEL_REQUIRE_CHROMIUM} set.
 */
class EmailOnAPhoneTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Every element whose box reaches past the viewport's right edge, or starts left of it. */
    private static final String OVERFLOWING = "const w = document.documentElement.clientWidth; const out = [];"
            + " for (const e of document.body.querySelectorAll('*')) { const r = e.getBoundingClientRect();"
            + " if (r.width > 0 && (r.right > w + 0.5 || r.left < -0.5)) out.push(e.tagName + ' '"
            + " + Math.round(r.left) + '..' + Math.round(r.right) + ': ' + e.textContent.trim().slice(0, 40)); }"
            + " if (document.documentElement.scrollWidth > w) out.push('page scrolls sideways: '"
            + " + document.documentElement.scrollWidth + ' > ' + w); return out;";
    /** The lines the text {@code arguments[0]} is drawn on, counted from its boxes' distinct tops. */
    private static final String LINES_OF = "const find = arguments[0]; const walker = document.createTreeWalker("
            + "document.body, NodeFilter.SHOW_TEXT); const tops = new Set(); let n;"
            + " while ((n = walker.nextNode())) { const t = n.textContent.replace(/[\\u00a0]/g, ' ');"
            + " const at = t.indexOf(find); if (at < 0) continue; const range = document.createRange();"
            + " range.setStart(n, at); range.setEnd(n, at + find.length);"
            + " for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top)); return tops.size; }"
            + " return -1;";

    private static ChromeDriver browser;

    @TempDir
    static Path profile;

    @BeforeAll
    static void startChromium() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && ("true".equals(System.getenv("CI")) || System.getenv("FARVEL_REQUIRE_CHROMIUM") != null)) {
            fail("Chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver");
        }
        assumeTrue(installed, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--user-data-dir=" + profile.resolve("chromium"), "--hide-scrollbars");
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void noLetterOverflowsAPhoneOrADesktopAndEveryAmountAndNumberStaysWhole() throws IOException {
        List<Farvel> packs = List.of(Farvel.builder().allowFindings().build(),
                Farvel.builder().allowFindings().pack(TemplatePack.fromDirectory(
                        Path.of("../samples/sample-pack/src/main/resources"))).build());
        List<String> problems = new ArrayList<>();
        int letters = 0;
        for (int i = 0; letters < 12; i++) {
            Termination termination = LetterCorpus.letter(i);
            if (termination.finalInvoices().isEmpty()) {
                continue;
            }
            letters++;
            RenderedLetter letter = packs.get(i % packs.size()).render(termination);
            Path html = profile.resolve(termination.id() + ".html");
            Files.writeString(html, letter.html());
            for (int width : new int[] {390, 900}) {
                show(html, width);
                List<?> overflowing = (List<?>) browser.executeScript(OVERFLOWING);
                overflowing.forEach(o -> problems.add(termination.id() + " at " + width + " px: " + o));
                String shown = PageBreakCheck.normalize((String) browser.executeScript(
                        "return document.body.innerText;"));
                for (String whole : wholes(letter, termination)) {
                    Number lines = (Number) browser.executeScript(LINES_OF, whole);
                    if (!shown.contains(whole) || lines.intValue() != 1) {
                        problems.add(termination.id() + " at " + width + " px: \"" + whole + "\" is drawn on "
                                + lines + " lines");
                    }
                }
                if (letters == 1) {
                    screenshot("email-" + width + ".png");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The invoice numbers and amounts of the letter, as its table shows them. */
    private static List<String> wholes(RenderedLetter letter, Termination termination) {
        List<String> wholes = new ArrayList<>();
        String text = PageBreakCheck.normalize(letter.text());
        for (FinalInvoice invoice : termination.finalInvoices()) {
            wholes.add(invoice.number());
        }
        // Amounts as the letter writes them: the text version holds the same formatted amounts as the HTML.
        java.util.regex.Matcher amount = java.util.regex.Pattern.compile("kr \\d{1,3}(?: \\d{3})*,\\d{2}"
                + "|NOK [\\d,]+\\.\\d{2}|\\d{1,3}(?: \\d{3})*,\\d{2} kr").matcher(text);
        while (amount.find()) {
            wholes.add(amount.group());
        }
        assertThat(wholes).as("amounts found in the letter").hasSizeGreaterThan(termination.finalInvoices().size());
        return wholes;
    }

    private static void show(Path html, int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 844,
                "deviceScaleFactor", 1, "mobile", width < 600));
        browser.get(html.toUri().toString());
        browser.executeScript("const t = document.querySelector('table'); if (t) t.scrollIntoView();");
    }

    /** Saves what the browser shows under target/email-screenshots, for docs/screenshots. */
    private static void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "email-screenshots"));
        Files.write(directory.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
