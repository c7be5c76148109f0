package org.peersupport.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.peersupport.testkit.HeadlessChromium;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard in a real headless Chromium, fed by the whole platform: a report posted
 * at intake travels through Kafka and the dashboard's read model and moves a key figure
 * on the already open page (server-sent events, no reload). With the default minimum cell
 * size of 5 and a handful of people, small cells show "&lt;5". A screenshot is kept in
 * {@code target/dashboard-live.png} as a build artifact. Skipped only when Chromium and
 * chromedriver are not installed.
 */
class DashboardLiveBrowserIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	/** Six clinicians and two trained supporters: fewer than five supporters. */
	private static final String ROSTER = """
			staffId,name,email,department,role,supervisorId,supporter,trained,maxActive
			L-1,Ana Lima,ana@hospital.test,ICU,RN,,false,false,0
			L-2,Ben Cole,ben@hospital.test,ICU,MD,,false,false,0
			L-3,Cy Park,cy@hospital.test,ICU,RN,,false,false,0
			L-4,Di Shaw,di@hospital.test,ED,RN,,false,false,0
			L-5,Ed Holm,ed@hospital.test,ED,MD,,false,false,0
			L-6,Flo Ruiz,flo@hospital.test,ED,RN,,false,false,0
			LP-1,Gus Peer,gus@hospital.test,Surgery,RN,,true,true,3
			LP-2,Hal Peer,hal@hospital.test,Surgery,MD,,true,true,3
			""";

	private static PlatformUnderTest platform;

	private WebDriver browser;

	@BeforeAll
	static void startPlatform() {
		assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
		// The default minimum cell size (5) applies: no setting for it here. The page's
		// periodic refresh is pushed out of reach, so only a change can move a figure.
		platform = PlatformUnderTest.start("browser", List.of("--peersupport.dashboard.refresh=1h"));
		platform.importRoster(ROSTER).jsonPath("$.imported").isEqualTo(8).jsonPath("$.rejected").isEmpty();
		// Five clinicians in one event at NORTH: enough people for the count to be shown.
		postReport("live-1", "NORTH", "L-1", "L-2", "L-3", "L-4", "L-5");
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
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aReportPostedAtIntakeMovesTheFigureOnTheOpenPageAndSmallCellsAreHidden() throws IOException {
		this.browser.get(platform.url("dashboard") + "/");
		WebDriverWait wait = new WebDriverWait(this.browser, PATIENCE);
		// The page is the director's: the browser is sent to the identity provider's
		// login
		// form, signs in there, and comes back to the page it asked for.
		signIn(wait, "director");
		wait.until((driver) -> driver.getCurrentUrl().startsWith(platform.url("dashboard")));
		wait.until((driver) -> "Live".equals(text("live")));
		wait.until((driver) -> "1".equals(text("kpi-eventsReported")));
		for (WebElement figure : this.browser.findElements(By.cssSelector(".kpis .value"))) {
			assertThat(figure.getText()).as("key figure %s is shown", figure.getAttribute("id"))
				.isNotBlank()
				.isNotEqualTo("…");
		}
		assertThat(text("kpi-involvedClinicians")).isEqualTo("5");
		assertThat(text("kpi-activeSupporters")).as("two supporters are too few to show").isEqualTo("<5");

		script("window.__noReload = true;");
		postReport("live-2", "SOUTH", "L-6");
		wait.until((driver) -> "2".equals(text("kpi-eventsReported")));
		assertThat(script("return window.__noReload === true;")).as("the figure moved without a reload")
			.isEqualTo(true);
		assertThat(text("kpi-involvedClinicians")).isEqualTo("6");

		// One clinician at SOUTH: that cell of the breakdown is hidden.
		// The live page re-renders the table on every update: read the cell's text and
		// class in the
		// same look as finding it, and look again if a re-render replaced it meanwhile.
		List<String> south = wait.ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver
				.findElements(By.cssSelector("[data-table='reach-by-facility'] tr[data-row='SOUTH'] td[data-col='0']"))
				.stream()
				.findFirst()
				.map((cell) -> List.of(cell.getText(), cell.getAttribute("class")))
				.orElse(null));
		assertThat(south.get(0)).isEqualTo("<5");
		assertThat(south.get(1)).contains("suppressed");

		Path screenshot = Path.of("target", "dashboard-live.png");
		Files.createDirectories(screenshot.getParent());
		Files.write(screenshot, ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
		assertThat(Files.size(screenshot)).isGreaterThan(10_000);
	}

	@Test
	void aSupporterSignsInToTheirPortalThroughTheLoginPageAndSignsOutEverywhere() {
		String portal = platform.url("matching") + "/portal/LP-1";
		this.browser.get(portal);
		WebDriverWait wait = new WebDriverWait(this.browser, PATIENCE);
		// LP-1 is known to the identity provider only from the imported roster.
		signIn(wait, "LP-1");
		wait.until((driver) -> driver.getCurrentUrl().startsWith(portal));
		wait.until((driver) -> driver.getPageSource().contains("Hello, Gus Peer"));

		this.browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
		wait.withMessage(() -> "signing out ended at " + this.browser.getCurrentUrl())
			.until((driver) -> driver.getCurrentUrl().startsWith(platform.url("matching") + "/signed-out"));
		assertThat(this.browser.getPageSource()).contains("You are signed out");
		// Signed out at the identity provider too: the portal asks for the password
		// again.
		this.browser.get(portal);
		wait.until((driver) -> !driver.findElements(By.name("username")).isEmpty());
		assertThat(this.browser.getCurrentUrl()).startsWith(platform.issuer());
	}

	/** Posts a report to intake over HTTP, the way a hospital's reporting system does. */
	private static void postReport(String reportId, String facility, String... staffIds) {
		StringBuilder involved = new StringBuilder();
		for (String staffId : staffIds) {
			involved.append(involved.isEmpty() ? "" : ",")
				.append("{\"staffId\":\"")
				.append(staffId)
				.append("\",\"role\":\"PARTICIPANT\"}");
		}
		platform.client("intake", "risk-system")
			.post()
			.uri("/api/v1/adverse-events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"source\":\"browser-e2e\",\"reportId\":\"" + reportId
					+ "\",\"occurredAt\":\"2026-11-20T03:10:00Z\",\"harm\":\"SEVERE\",\"category\":\"MEDICATION\","
					+ "\"facility\":\"" + facility + "\",\"unit\":\"ICU-3\",\"involved\":[" + involved + "]}")
			.exchange()
			.expectStatus()
			.isAccepted();
	}

	/** Fills in the identity provider's standard login form. */
	private void signIn(WebDriverWait wait, String user) {
		wait.until((driver) -> !driver.findElements(By.name("username")).isEmpty());
		assertThat(this.browser.getCurrentUrl()).as("the login form is the identity provider's")
			.startsWith(platform.issuer());
		this.browser.findElement(By.name("username")).sendKeys(user);
		this.browser.findElement(By.name("password")).sendKeys("demo");
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private Object script(String javascript) {
		return ((JavascriptExecutor) this.browser).executeScript(javascript);
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

}
