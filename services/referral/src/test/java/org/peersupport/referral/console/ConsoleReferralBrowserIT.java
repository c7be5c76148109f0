package org.peersupport.referral.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.peersupport.referral.catalog.SupportResource;
import org.peersupport.testkit.AccessibilityCheck;
import org.peersupport.testkit.HeadlessChromium;
import org.peersupport.testkit.TestSignInProvider;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Resources and On-call pages in a real headless Chromium, signed in for real as a
 * program administrator (the browser goes to the test identity provider and comes back
 * with a code): a resource changed with the keyboard alone, a refused field shown next to
 * its input, no serious accessibility violation on any page, each page fitting a tablet's
 * 820-pixel width, and a screenshot of each kept under {@code target/screenshots/}.
 * Skipped only when Chromium is not installed.
 */
class ConsoleReferralBrowserIT extends ConsolePagesTest {

	private static final Duration PAGE_LOAD = Duration.ofSeconds(45);

	/**
	 * Signs every browser in as an administrator for the whole program. It lives as long
	 * as the JVM, as the test identity provider does, so a rerun of a failed test still
	 * signs in.
	 */
	private static final TestSignInProvider signIn = new TestSignInProvider("admin-browser", "ADMINISTRATOR");

	@LocalServerPort
	int port;

	private WebDriver browser;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		infrastructure(registry, "referral-console-browser-" + UUID.randomUUID());
		pageSignIn(registry, signIn.authorizationUri(), signIn.tokenUri(), signIn.jwkSetUri());
		// Plain HTTP on localhost: the session cookie cannot be a secure one here.
		registry.add("peersupport.security.secure-cookies", () -> "false");
		registry.add("peersupport.referral.crisis.on-call[0].lead-id", () -> "LEAD-1");
		registry.add("peersupport.referral.crisis.on-call[0].pager-id", () -> "PAGER-1");
	}

	@BeforeEach
	void openBrowser() {
		assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
		this.browser = HeadlessChromium.open();
		this.browser.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
		this.browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aResourceIsChangedWithTheKeyboardAlone() throws IOException {
		open("/console/resources", "Resources");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		screenshot("console-resources.png");

		tabTo((element) -> "Counselling and therapy referral".equals(element.getText())).sendKeys(Keys.ENTER);
		waitForHeading("Counselling and therapy referral");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();

		// A web page that is not one: refused next to its field, nothing saved.
		replaceText(tabTo(id("field-url")), "not a web address");
		tabTo((element) -> "Save changes".equals(element.getText())).sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.until((driver) -> !driver.findElements(By.id("field-url-problem")).isEmpty());
		assertThat(this.browser.findElement(By.id("field-url-problem")).getText())
			.isEqualTo("must be an absolute http or https URL");
		assertThat(this.browser.findElement(By.id("field-url")).getAttribute("aria-describedby"))
			.isEqualTo("field-url-problem");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		assertThat(overflow()).as("wider than the window: " + widest()).isZero();
		assertThat(resource().url()).isNull();

		// The summary's link takes the keyboard to the field.
		tabTo((element) -> "Web page".equals(element.getText())).sendKeys(Keys.ENTER);
		assertThat(this.browser.switchTo().activeElement().getAttribute("id")).isEqualTo("field-url");
		replaceText(this.browser.switchTo().activeElement(), "https://counselling.example.org");
		replaceText(tabTo(id("field-hours")), "Weekdays, 9 to 5");
		tabTo((element) -> "Save changes".equals(element.getText())).sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.getCurrentUrl().endsWith("?done=saved"));
		assertThat(this.browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Resource saved.");
		SupportResource saved = resource();
		assertThat(saved.url()).isEqualTo("https://counselling.example.org");
		assertThat(saved.hours()).isEqualTo("Weekdays, 9 to 5");

		this.browser.manage().window().setSize(new Dimension(820, 1180));
		open("/console/resources", "Resources");
		assertThat(overflow()).as("wider than a tablet in portrait: " + widest()).isZero();
	}

	@Test
	void theOnCallPageIsAccessibleAndFitsATablet() throws IOException {
		open("/console/on-call", "On-call rota");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Only one lead is on call")
			.contains("LEAD-1");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		screenshot("console-on-call.png");

		replaceText(tabTo(id("field--1--leadId")), "LEAD-2");
		replaceText(tabTo(id("field--1--pagerId")), "PAGER-2");
		tabTo((element) -> "Save the rota".equals(element.getText())).sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.getCurrentUrl().endsWith("?done=saved"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).doesNotContain("Only one lead")
			.contains("LEAD-2");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();

		this.browser.manage().window().setSize(new Dimension(820, 1180));
		open("/console/on-call", "On-call rota");
		assertThat(overflow()).as("wider than a tablet in portrait: " + widest()).isZero();
	}

	/** Opens a page (signing in on the first), and waits for its heading. */
	private void open(String path, String heading) {
		this.browser.get("http://localhost:" + this.port + path);
		waitForHeading(heading);
	}

	private void waitForHeading(String heading) {
		new WebDriverWait(this.browser, PATIENCE).ignoring(StaleElementReferenceException.class)
			.withMessage(() -> "still at " + this.browser.getCurrentUrl())
			.until((driver) -> driver.findElements(By.tagName("h1"))
				.stream()
				.anyMatch((h1) -> heading.equals(h1.getText())));
	}

	/**
	 * Presses Tab until the focused element is the one wanted, as a keyboard user does.
	 */
	private WebElement tabTo(Predicate<WebElement> wanted) {
		for (int presses = 0; presses < 150; presses++) {
			WebElement focused = this.browser.switchTo().activeElement();
			if (wanted.test(focused)) {
				return focused;
			}
			focused.sendKeys(Keys.TAB);
		}
		throw new AssertionError("Tab never reached the element");
	}

	private static Predicate<WebElement> id(String id) {
		return (element) -> id.equals(element.getAttribute("id"));
	}

	private static void replaceText(WebElement field, String text) {
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		field.sendKeys(text);
	}

	private SupportResource resource() {
		return administrator().get()
			.uri("/api/v1/resources/THERAPY-REFERRAL")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(SupportResource.class)
			.returnResult()
			.getResponseBody();
	}

	private void screenshot(String name) throws IOException {
		Path file = Path.of("target", "screenshots", name);
		Files.createDirectories(file.getParent());
		byte[] png = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES);
		Files.write(file, png);
		assertThat(png.length).isGreaterThan(10_000);
	}

	/** Pixels the page is wider than the window (a horizontal scroll bar). */
	private long overflow() {
		Object pixels = ((JavascriptExecutor) this.browser).executeScript(
				"return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)");
		return ((Number) pixels).longValue();
	}

	/** The element that sticks out furthest to the right, to say what overflows. */
	private Object widest() {
		return ((JavascriptExecutor) this.browser).executeScript("""
				let widest = null, right = 0;
				for (const el of document.querySelectorAll('body *')) {
				  const r = el.getBoundingClientRect().right;
				  if (r > right) { right = r; widest = el; }
				}
				return widest ? widest.tagName + '#' + widest.id + '.' + widest.className + ' right=' + right : '';""");
	}

}
