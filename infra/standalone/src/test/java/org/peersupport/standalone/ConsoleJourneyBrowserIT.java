package org.peersupport.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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

import org.peersupport.testkit.AccessibilityCheck;
import org.peersupport.testkit.HeadlessChromium;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The administrator's console across the whole platform, as an administrator uses it: the
 * demo identity provider's real login form, the worklist (outreach), the case, the manual
 * assignment (matching, on another origin, reached without signing in again) and every
 * other section from the navigation. On each page the accessibility check finds nothing
 * serious, the page fits a tablet held upright, and a screenshot is kept under
 * {@code target/screenshots/}. Skipped only when Chromium is not installed.
 */
class ConsoleJourneyBrowserIT {

	private static final Duration PATIENCE = Duration.ofSeconds(45);

	private static final String ROSTER = """
			staffId,name,email,department,role,supervisorId,supporter,trained,maxActive
			J-1,Jo Avery,jo@hospital.test,ICU,RN,,false,false,0
			JP-1,Kit Peer,kit@hospital.test,Surgery,RN,,true,true,3
			JP-2,Lou Peer,lou@hospital.test,Surgery,MD,,true,true,3
			""";

	private static PlatformUnderTest platform;

	private static String caseId;

	private WebDriver browser;

	@BeforeAll
	static void startPlatform() {
		assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
		platform = PlatformUnderTest.start("console", List.of());
		platform.importRoster(ROSTER).jsonPath("$.imported").isEqualTo(3);
		// Both supporters are paused: nobody is eligible, so the case lands on the
		// worklist.
		for (String supporter : List.of("JP-1", "JP-2")) {
			platform.client("matching", "admin")
				.post()
				.uri("/api/v1/supporters/{staffId}/pause", supporter)
				.exchange()
				.expectStatus()
				.isOk();
		}
		platform.client("intake", "risk-system")
			.post()
			.uri("/api/v1/adverse-events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("""
					{"source":"console-e2e","reportId":"console-1","occurredAt":"2026-11-20T03:10:00Z",
					 "harm":"SEVERE","category":"MEDICATION","facility":"NORTH","unit":"ICU-3",
					 "involved":[{"staffId":"J-1","role":"PRIMARY"}]}""")
			.exchange()
			.expectStatus()
			.isAccepted();
		await().atMost(PATIENCE).untilAsserted(() -> {
			Map<String, Object> found = needingAttention();
			assertThat(found).as("J-1's case needs attention").isNotNull();
			caseId = String.valueOf(found.get("id"));
		});
	}

	@AfterAll
	static void stopPlatform() {
		if (platform != null) {
			platform.close();
		}
	}

	@BeforeEach
	void openBrowser() {
		this.browser = HeadlessChromium.open();
		this.browser.manage().window().setSize(new Dimension(1280, 1000));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void anAdministratorAssignsASupporterByHandFromTheWorklistAcrossServices() throws IOException {
		WebDriverWait wait = new WebDriverWait(this.browser, PATIENCE);
		wait.ignoring(StaleElementReferenceException.class);
		this.browser.get(platform.url("outreach") + "/console");
		signIn(wait, "admin");
		wait.until((driver) -> driver.getCurrentUrl().startsWith(platform.url("outreach") + "/console"));
		WebElement row = wait.until((driver) -> driver.findElements(By.cssSelector("tr[data-case='" + caseId + "']"))
			.stream()
			.findFirst()
			.orElse(null));
		assertThat(row.getText()).as("the reason is in plain words").doesNotContain("NO_ELIGIBLE").doesNotContain("_");
		checked("console-journey-worklist");

		// The keyboard alone: focus the case's link and follow it.
		WebElement link = row.findElement(By.cssSelector("a"));
		focus(link);
		link.sendKeys(Keys.ENTER);
		wait.until((driver) -> driver.getCurrentUrl().contains("/console/cases/" + caseId));
		checked("console-journey-case");

		WebElement assign = this.browser.findElement(By.linkText("Assign a supporter by hand"));
		assertThat(assign.getAttribute("href")).startsWith(platform.url("matching"));
		focus(assign);
		assign.sendKeys(Keys.ENTER);
		// Matching is another origin with its own session: the identity provider signs
		// the
		// administrator in there without asking again.
		wait.withMessage(() -> "still at " + this.browser.getCurrentUrl())
			.until((driver) -> driver.getCurrentUrl().startsWith(platform.url("matching") + "/console/cases/" + caseId)
					&& !driver.findElements(By.cssSelector("input[type=radio][value='JP-1']")).isEmpty());
		assertThat(this.browser.getPageSource()).as("the verdict names the rule being overridden")
			.containsIgnoringCase("paused");
		checked("console-journey-assign");

		WebElement kit = this.browser.findElement(By.cssSelector("input[type=radio][value='JP-1']"));
		focus(kit);
		kit.sendKeys(Keys.SPACE);
		assertThat(kit.isSelected()).isTrue();
		WebElement offer = this.browser
			.findElement(By.xpath("//button[normalize-space()='Offer the case to this supporter']"));
		focus(offer);
		offer.sendKeys(Keys.ENTER);
		wait.until((driver) -> !driver.findElements(By.cssSelector(".notice")).isEmpty());

		// The offer is real: the case is offered to Kit, and Kit sees it.
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(caseStatus()).isEqualTo("OFFERED"));
		List<Map<String, Object>> offers = platform.client("matching", "JP-1")
			.get()
			.uri("/api/v1/supporters/JP-1/offers")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(offers).anySatisfy((offered) -> assertThat(offered.get("caseId")).isEqualTo(caseId));
	}

	@Test
	void everySectionOfTheConsolePassesTheAccessibilityCheckAndFitsATablet() throws IOException {
		WebDriverWait wait = new WebDriverWait(this.browser, PATIENCE);
		wait.ignoring(StaleElementReferenceException.class);
		this.browser.manage().window().setSize(new Dimension(820, 1180));
		this.browser.get(platform.url("outreach") + "/console");
		signIn(wait, "admin");
		wait.until((driver) -> driver.getCurrentUrl().startsWith(platform.url("outreach") + "/console"));
		List<String> sections = this.browser.findElements(By.cssSelector("nav[aria-label='Console sections'] a"))
			.stream()
			.map((section) -> section.getAttribute("href"))
			.toList();
		assertThat(sections).hasSize(8);
		for (String section : sections) {
			this.browser.get(section);
			wait.withMessage(() -> "still at " + this.browser.getCurrentUrl() + " for " + section)
				.until((driver) -> driver.getCurrentUrl().startsWith(section)
						&& !driver.findElements(By.cssSelector("main h1")).isEmpty());
			assertThat(this.browser.findElement(By.cssSelector("nav a[aria-current='page']")).getAttribute("href"))
				.isEqualTo(section);
			String name = "console-tablet-" + section.replaceAll(".*/console/?", "").replace('/', '-');
			checked(name.endsWith("-") ? name + "worklist" : name);
			assertThat(overflow()).as("wider than a tablet held upright: " + section).isZero();
		}
	}

	private void checked(String screenshot) throws IOException {
		assertThat(AccessibilityCheck.seriousViolations(this.browser)).as("axe-core on " + this.browser.getCurrentUrl())
			.isEmpty();
		Path file = Path.of("target", "screenshots", screenshot + ".png");
		Files.createDirectories(file.getParent());
		Files.write(file, ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
	}

	private void focus(WebElement element) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].focus();", element);
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(element);
	}

	private long overflow() {
		Object pixels = ((JavascriptExecutor) this.browser).executeScript(
				"return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)");
		return ((Number) pixels).longValue();
	}

	/** Fills in the identity provider's standard login form. */
	private void signIn(WebDriverWait wait, String user) {
		wait.until((driver) -> !driver.findElements(By.name("username")).isEmpty());
		assertThat(this.browser.getCurrentUrl()).startsWith(platform.issuer());
		this.browser.findElement(By.name("username")).sendKeys(user);
		WebElement password = this.browser.findElement(By.name("password"));
		password.sendKeys("demo");
		password.sendKeys(Keys.ENTER);
	}

	private static Map<String, Object> needingAttention() {
		return cases().stream()
			.filter((found) -> "NEEDS_ATTENTION".equals(found.get("status")))
			.findFirst()
			.orElse(null);
	}

	private static String caseStatus() {
		return cases().stream()
			.filter((found) -> caseId.equals(String.valueOf(found.get("id"))))
			.map((found) -> String.valueOf(found.get("status")))
			.findFirst()
			.orElse("(none)");
	}

	private static List<Map<String, Object>> cases() {
		return platform.client("outreach", "admin")
			.get()
			.uri("/api/v1/outreach-cases?staffId=J-1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

}
