package org.peersupport.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.testkit.AccessibilityCheck;
import org.peersupport.testkit.HeadlessChromium;
import org.peersupport.testkit.KeyboardOnly;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestSignInProvider;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in a real headless Chromium, signed in for real: the browser is sent to the
 * (test) identity provider, comes back with a code, and the session it gets is what the
 * page's script uses for the summary stream and the survey analysis. Then: key figures
 * show, a figure moves live (server-sent events, no reload) when a case opens, a small
 * cell shows "<5", and a screenshot is kept in {@code target/} as a build artifact.
 * Skipped only when Chromium is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DashboardBrowserIT {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	/**
	 * Shorter than Selenium's own command timeout (3 minutes), so a page that never loads
	 * fails in under a minute. One that does now and then is reactor-netty 1.3.x losing a
	 * keep-alive request that arrives before the previous exchange has terminated
	 * (reactor/reactor-netty#4361, #4347): the browser's sign-in callback then waits on
	 * the server until the connection closes. That is a defect of the server, not of the
	 * test, so it is not retried here.
	 */
	private static final Duration PAGE_LOAD = Duration.ofSeconds(45);

	private static boolean seeded;

	/**
	 * Signs every browser in as a program director. It lives as long as the JVM, as the
	 * test identity provider does, so a rerun of a failed test still signs in.
	 */
	private static final TestSignInProvider signIn = new TestSignInProvider("director-browser", "DIRECTOR");

	@LocalServerPort
	int port;

	private WebDriver browser;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		DashboardServer.infrastructure(registry, "dashboard-browser-it");
		DashboardServer.pageSignIn(registry, signIn.authorizationUri(), signIn.tokenUri(), signIn.jwkSetUri());
		// Plain HTTP on localhost: the session cookie cannot be a secure one here.
		registry.add("peersupport.security.secure-cookies", () -> "false");
	}

	@BeforeEach
	void openBrowser() {
		assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
		if (!seeded) {
			seeded = true;
			// Six clinicians at NORTH and two at SOUTH: SOUTH is a small cell.
			try (Feed feed = new Feed()) {
				feed.staff("P-1", "ED", true, LocalDate.now().plusDays(300));
				Instant received = Instant.now().minusSeconds(3600);
				surveyed();
				for (int i = 1; i <= 8; i++) {
					String staff = "B-" + i;
					String facility = (i <= 6) ? "NORTH" : "SOUTH";
					String caseId = feed.due(staff, facility, HarmLevel.MODERATE, received);
					feed.offered(caseId, staff, "P-1", received.plusSeconds(600L * i));
				}
			}
		}
		this.browser = HeadlessChromium.open();
		this.browser.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void figuresShowMoveLiveAndSmallCellsAreHidden() throws Exception {
		this.browser.get("http://localhost:" + this.port + "/");
		WebDriverWait wait = new WebDriverWait(this.browser, PATIENCE);
		// Signed in and sent back to the page asked for.
		wait.withMessage(() -> "still at " + this.browser.getCurrentUrl())
			.until((driver) -> driver.getCurrentUrl().startsWith("http://localhost:" + this.port + "/?")
					&& !driver.findElements(By.id("live")).isEmpty());
		wait.until((driver) -> "8".equals(text("kpi-casesOpened")));
		assertThat(text("live")).isEqualTo("Live");
		assertThat(text("kpi-eventsReported")).isEqualTo("0");
		assertThat(text("kpi-activeSupporters")).isEqualTo("<5");
		assertThat(this.browser.findElement(By.cssSelector("#chart-reach")).getSize().getHeight())
			.as("chart.js drew the reach chart")
			.isGreaterThan(100);
		WebElement south = this.browser
			.findElement(By.cssSelector("[data-table='reach-by-facility'] tr[data-row='SOUTH'] td[data-col='0']"));
		assertThat(south.getText()).isEqualTo("<5");
		assertThat(south.getAttribute("class")).contains("suppressed");

		((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript("window.notReloaded = true;");
		try (Feed feed = new Feed()) {
			feed.due("B-9", "NORTH", HarmLevel.SEVERE, Instant.now());
		}
		wait.until((driver) -> "9".equals(text("kpi-casesOpened")));
		assertThat(((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript("return window.notReloaded"))
			.as("the figure moved without a reload")
			.isEqualTo(true);

		WebElement empathy = wait.until((driver) -> driver.findElements(By.cssSelector("#survey-stats tbody tr"))
			.stream()
			.filter((row) -> row.getText().startsWith("empathy"))
			.findFirst()
			.orElse(null));
		assertThat(empathy.findElements(By.tagName("td")).get(5).getText()).as("N of the paired test").isEqualTo("6");
		assertThat(empathy.findElements(By.tagName("td")).get(1).getText()).isEqualTo("2.00 (2.00–2.00)");

		assertThat(screenshot("dashboard-screenshot.png")).isGreaterThan(10_000);
		assertThat(overflow()).as("wider than a laptop window: " + widest()).isZero();
	}

	@Test
	void onATabletThePageFitsTheScreenWidth() throws Exception {
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
		this.browser.get("http://localhost:" + this.port + "/");
		new WebDriverWait(this.browser, PATIENCE).until((driver) -> "Live".equals(text("live")));
		assertThat(overflow()).as("wider than a tablet in portrait: " + widest()).isZero();
		assertThat(screenshot("dashboard-tablet.png")).isGreaterThan(10_000);
	}

	/** Pixels the page is wider than the window (a horizontal scroll bar). */
	private long overflow() {
		Object pixels = ((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript(
				"return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)");
		return ((Number) pixels).longValue();
	}

	/** The element that sticks out furthest to the right, to say what overflows. */
	private Object widest() {
		return ((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript("""
				let widest = null, right = 0;
				for (const el of document.querySelectorAll('body *')) {
				  const r = el.getBoundingClientRect().right;
				  if (r > right) { right = r; widest = el; }
				}
				return widest ? widest.tagName + '#' + widest.id + '.' + widest.className + ' right=' + right : '';""");
	}

	private long screenshot(String name) throws java.io.IOException {
		Path file = Path.of("target", name);
		Files.createDirectories(file.getParent());
		byte[] png = ((org.openqa.selenium.TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES);
		Files.write(file, png);
		return png.length;
	}

	@Test
	void aFilterNarrowsTheFiguresAndIsKeptInTheAddress() {
		this.browser.get("http://localhost:" + this.port + "/?harm=SEVERE");
		WebDriverWait wait = new WebDriverWait(this.browser, PATIENCE);
		wait.until((driver) -> "Live".equals(text("live")));
		wait.until((driver) -> !text("kpi-casesOpened").equals("…"));
		assertThat(text("kpi-casesOpened")).isIn("0", "<5");
		assertThat(this.browser.getCurrentUrl()).contains("harm=SEVERE");
		assertThat(this.browser.findElements(By.cssSelector("#exports a")))
			.anySatisfy((link) -> assertThat(link.getAttribute("href")).contains("reach.csv?harm=SEVERE"));
	}

	/**
	 * The dashboard, the monthly report and the signed-out page pass the accessibility
	 * check, and the filters and the report form are used with the keyboard alone: a
	 * filter chosen with the arrow keys narrows the figures, a month typed and Enter
	 * opens the printable report, and the focus is visible at every stop.
	 */
	@Test
	void everyPageIsAccessibleAndItsFormsWorkWithTheKeyboardAlone() {
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2600));
		this.browser.get("http://localhost:" + this.port + "/");
		WebDriverWait wait = new WebDriverWait(this.browser, PATIENCE);
		wait.until((driver) -> "Live".equals(text("live")) && !text("kpi-casesOpened").equals("…"));
		wait.until((driver) -> !driver.findElements(By.cssSelector("#survey-stats tbody tr")).isEmpty());
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		KeyboardOnly keyboard = new KeyboardOnly(this.browser);
		keyboard.screenshot("dashboard");

		keyboard.tabTo(By.id("f-harm"));
		assertThat(keyboard.focusIndicator()).startsWith("outline 3px");
		keyboard.press(Keys.ARROW_DOWN);
		wait.until((driver) -> driver.getCurrentUrl().contains("harm=DEATH"));
		assertThat(this.browser.findElement(By.id("f-harm")).getAttribute("value")).isEqualTo("DEATH");
		keyboard.shiftTabTo(By.id("f-facility"));
		keyboard.tabTo(By.id("report-month"));
		assertThat(keyboard.focusIndicator()).startsWith("outline 3px");
		YearMonth month = YearMonth.now(ZoneOffset.UTC);
		keyboard.press(String.format("%02d", month.getMonthValue()), String.valueOf(month.getYear()));
		assertThat(this.browser.findElement(By.id("report-month")).getAttribute("value")).isEqualTo(month.toString());
		keyboard.tabTo(By.xpath("//button[normalize-space()='Open printable report']"));
		assertThat(keyboard.focusIndicator()).startsWith("outline 3px");
		String dashboard = this.browser.getWindowHandle();
		keyboard.press(Keys.ENTER);

		// The report opens beside the dashboard.
		String report = wait.until((driver) -> driver.getWindowHandles()
			.stream()
			.filter((handle) -> !handle.equals(dashboard))
			.findFirst()
			.orElse(null));
		this.browser.switchTo().window(report);
		wait.until((driver) -> driver.getCurrentUrl().contains("/reports/monthly?month=" + month)
				&& !driver.findElements(By.tagName("h1")).isEmpty());
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).endsWith(" " + month.getYear());
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		keyboard.screenshot("dashboard-monthly-report");
		keyboard.tabTo(By.id("print"));
		assertThat(keyboard.focusIndicator()).startsWith("outline 3px");

		this.browser.get("http://localhost:" + this.port + "/signed-out");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("You are signed out");
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).isEmpty();
		keyboard.tabTo(By.linkText("sign in again"));
		assertThat(keyboard.focusIndicator()).isNotEmpty();
		keyboard.screenshot("signed-out");
	}

	/**
	 * A refusal or an error reached from the address bar is a page, not JSON: the same
	 * status, a language, a title and a heading, the field problems listed, the security
	 * headers kept. An API client (JSON, or any type) still gets the problem document.
	 */
	@Test
	void aBrowserGetsProblemsAsPagesAndAnApiClientAsDocuments() {
		String clinician = TestIdentity.get().clinician("ERRORS-1");
		problemPage(DashboardServer.client(this.port, clinician), "/", 403, "Forbidden");
		problemPage(DashboardServer.director(this.port), "/no-such-page", 403, "Forbidden");
		problemPage(DashboardServer.director(this.port), "/assets/no-such-file.css", 404, "Not Found");
		String invalid = problemPage(DashboardServer.director(this.port), "/reports/monthly?month=November", 400,
				"Invalid input");
		assertThat(invalid).contains("<li><strong>month</strong>: must be a month like 2026-11</li>");
		problemPage(DashboardServer.director(this.port), "/api/v1/summary?harm=x", 400, "Invalid input");
		// (An Accept naming only problem+json is refused 406 by the route's own content
		// negotiation before any of this runs, as it always was.)
		for (String accept : List.of("application/json", "*/*", "")) {
			WebTestClient.RequestHeadersSpec<?> request = DashboardServer.director(this.port)
				.get()
				.uri("/api/v1/summary?harm=x");
			if (!accept.isEmpty()) {
				request = request.header(HttpHeaders.ACCEPT, accept);
			}
			request.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	/** The 403 and 404 pages pass the accessibility check in a real browser. */
	@Test
	void problemPagesAreAccessible() {
		this.browser.get("http://localhost:" + this.port + "/");
		WebDriverWait wait = new WebDriverWait(this.browser, PATIENCE);
		wait.until((driver) -> !driver.findElements(By.id("live")).isEmpty());
		for (String path : List.of("/no-such-page", "/assets/no-such-file.css", "/reports/monthly?month=November")) {
			this.browser.get("http://localhost:" + this.port + path);
			wait.until((driver) -> !driver.findElements(By.tagName("h1")).isEmpty());
			assertThat(this.browser.getTitle()).as(path).isNotBlank();
			assertThat(this.browser.findElement(By.tagName("html")).getAttribute("lang")).as(path).isEqualTo("en");
			assertThat(AccessibilityCheck.seriousViolations(this.browser)).as(path).isEmpty();
		}
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Invalid input");
	}

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,"
			+ "image/avif,image/webp,*/*;q=0.8";

	private static String problemPage(WebTestClient client, String path, int status, String title) {
		String page = client.get()
			.uri(path)
			.header(HttpHeaders.ACCEPT, BROWSER_ACCEPT)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*default-src 'self'.*")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).as(path)
			.contains("<html lang=\"en\">", "<title>" + title + "</title>", "<h1>" + title + "</h1>", "<a href=\"/\">")
			.doesNotContain("\"status\"");
		return page;
	}

	/** Six supporters answer the seeded readiness survey before and after training. */
	private void surveyed() {
		for (int respondent = 1; respondent <= 6; respondent++) {
			for (String phase : List.of("PRE", "POST")) {
				int answer = "PRE".equals(phase) ? 2 : 4;
				Map<String, Integer> answers = new java.util.HashMap<>();
				for (String item : List.of("emp-1", "eff-1", "eff-2", "stg-1", "stg-2", "ast-1")) {
					answers.put(item, answer);
				}
				answers.put("emp-2", 6 - answer);
				DashboardServer.client(this.port, TestIdentity.get().clinician("SUPPORTER-" + respondent))
					.post()
					.uri("/api/v1/surveys/supporter-readiness/responses")
					.bodyValue(Map.of("respondent", "BROWSER-" + respondent, "phase", phase, "answers", answers))
					.exchange()
					.expectStatus()
					.isCreated();
			}
		}
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

}
