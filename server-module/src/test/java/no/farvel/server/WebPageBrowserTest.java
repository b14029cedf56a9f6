package no.farvel.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The two web pages in a real headless Chromium: typed into, checked, downloaded from, uploaded to. */
class WebPageBrowserTest {
    /** Where the screenshots go; README shows the copies under docs/screenshots. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;
    private TestServer server;
    private ChromeDriver browser;
    private Path downloads;

    @BeforeEach
    void start() throws Exception {
        Browser.assumeInstalled();
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        TestServer.copyResource("provider.json", profiles.resolve("nordlys.json"));
        server = TestServer.start(dir.resolve("work"), c -> c.providersDir(profiles));
        downloads = dir.resolve("downloads");
        browser = Browser.start(dir.resolve("chromium"), downloads);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private WebElement field(String path) {
        return browser.findElement(By.name(path));
    }

    private void type(String path, String text) {
        field(path).sendKeys(text);
    }

    /** Date fields take their value the way the browser's date picker gives it. */
    private void date(String path, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field(path), isoDate);
    }

    private List<WebElement> errorsAt(String path) {
        return browser.findElements(By.cssSelector(".msg .finding.error[data-path='" + path + "']"));
    }

    /** The whole page at {@code width} CSS pixels, from the top, as README shows it. */
    private void screenshot(String name, int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 1000));
        browser.executeScript("window.scrollTo(0, 0)");
        Thread.sleep(300);
        Map<String, Object> layout = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Number height = (Number) ((Map<?, ?>) layout.get("cssContentSize")).get("height");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height",
                        height.doubleValue(), "scale", 1)));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"),
                Base64.getDecoder().decode((String) shot.get("data")));
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void showsAGuideCheckErrorBesideTheFieldThatCausesItAndDownloadsThePdfOnceFixed() throws Exception {
        browser.get(server.uri("/").toString());
        waiting().until(d -> new Select(d.findElement(By.id("provider-profile"))).getOptions().size() == 2);
        assertThat(browser.findElement(By.cssSelector("label[for='f_client_name']")).getText()).isEqualTo("Navn");
        for (WebElement input : browser.findElements(By.cssSelector("#letter-form [name]"))) {
            String id = input.getAttribute("id");
            assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']"))).as(id).hasSize(1);
        }

        type("id", "fjellbekk-2026");
        date("letterDate", "2026-11-12");
        date("effectiveDate", "2027-01-31");
        type("client.name", "Fjellbekk Bygg AS");
        type("client.orgNumber", "862624009");
        type("client.address.lines", "Industriveien 23");
        type("client.address.postalCode", "9008");
        type("client.address.city", "Tromsø");
        type("client.email", "post@fjellbekk.example");
        type("contract.title", "Avtale om regnskapstjenester");
        new Select(field("reasons[0].type")).selectByValue("LATE_PAYMENT");
        type("reasons[0].detail", "Fakturaene for de siste månedene ble betalt mellom 30 og 60 dager etter forfall.");
        browser.findElement(By.cssSelector("button.add[data-list='stepsTaken']")).sendKeys(Keys.ENTER);
        date("stepsTaken[0].date", "2026-10-01");
        type("stepsTaken[0].description", "Møte om betalingsplan");
        browser.findElement(By.cssSelector("button.add[data-list='finalInvoices']")).click();
        type("finalInvoices[0].amount", "12 400 kr");
        // The empty row may first show "is required"; wait for the answer to what was typed, not for any error.
        waiting().withMessage("the error \"'12 400 kr' is not a decimal amount\" beside the invoice's amount")
                .until(d -> errorsAt("finalInvoices[0].amount").stream()
                        .anyMatch(e -> e.getText().contains("'12 400 kr' is not a decimal amount")));
        browser.findElement(By.cssSelector("#rows-finalInvoices .remove")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#rows-finalInvoices fieldset")).isEmpty()
                && errorsAt("finalInvoices[0].amount").isEmpty());
        type("closing.personalNote", "Dette er helt deres skyld.");

        waiting().until(d -> !errorsAt("closing.personalNote").isEmpty());
        WebElement error = errorsAt("closing.personalNote").get(0);
        assertThat(error.getText()).startsWith("Feil: ").contains("blames the recipient");
        assertThat(error.findElement(By.xpath("..")).getAttribute("id")).isEqualTo("f_closing_personalNote-msg");
        assertThat(field("closing.personalNote").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field("closing.personalNote").getAttribute("aria-describedby"))
                .isEqualTo("f_closing_personalNote-msg");
        waiting().until(d -> d.findElement(By.id("preview")).isDisplayed());
        screenshot("letter-page", 1280);
        screenshot("letter-page", 390);

        WebElement note = field("closing.personalNote");
        note.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        note.sendKeys("Vi ønsker dere alt godt videre.");
        waiting().until(d -> errorsAt("closing.personalNote").isEmpty()
                && d.findElements(By.cssSelector("#findings-general li.error")).isEmpty());
        waiting().until(d -> d.findElement(By.id("preview")).isDisplayed());
        browser.switchTo().frame("preview");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Fjellbekk Bygg AS");
        browser.switchTo().defaultContent();

        browser.findElement(By.id("download-pdf")).click();
        Path pdf = downloads.resolve("fjellbekk-2026.pdf");
        waiting().until(d -> Files.isRegularFile(pdf) && pdf.toFile().length() > 1000);
        Thread.sleep(200);
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Fjellbekk Bygg AS", "31.\u00A0januar\u00A02027", "Nordlys Regnskap AS",
                    "Vi ønsker dere alt godt videre.");
        }

        browser.findElement(By.id("lang-switch")).click();
        assertThat(browser.findElement(By.cssSelector("label[for='f_client_name']")).getText()).isEqualTo("Name");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void uploadsASpreadsheetAndShowsTheBatchFinishWithEveryRecord() throws Exception {
        Path workbook = Spreadsheets.workbook(Spreadsheets.csvFolder(dir.resolve("csv")), dir.resolve("clients.xlsx"));
        browser.get(server.uri("/batch").toString());
        waiting().until(d -> new Select(d.findElement(By.id("provider-profile"))).getOptions().size() == 2);

        browser.findElement(By.id("input")).sendKeys(workbook.toString());
        new Select(browser.findElement(By.id("provider-profile"))).selectByValue("nordlys");
        browser.findElement(By.id("start")).click();

        waiting().until(d -> d.findElement(By.id("batch-state")).getText().startsWith("Ferdig"));
        assertThat(browser.findElement(By.id("batch-state")).getText())
                .isEqualTo("Ferdig – 12 av 12 poster: 12 ferdige, 0 feilet");
        assertThat(browser.findElement(By.id("progress")).getAttribute("value")).isEqualTo("12");
        waiting().until(d -> d.findElements(By.cssSelector("#records tbody tr")).size() == 12);
        assertThat(browser.findElements(By.cssSelector("#records tbody td.ok"))).hasSize(12);
        assertThat(browser.findElement(By.id("zip")).isEnabled()).isTrue();
        screenshot("batch-page", 1280);
        screenshot("batch-page", 390);
    }
}
