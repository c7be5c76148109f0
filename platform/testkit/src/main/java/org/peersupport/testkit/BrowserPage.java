package org.peersupport.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What the browser tests check on every page besides its content: that it fits the window
 * (a tablet in portrait, 820 px, must not scroll sideways) and a screenshot kept under
 * {@code target/screenshots/}, from which docs/images is refreshed; and reaching a
 * control with the keyboard alone.
 */
public final class BrowserPage {

	/** The desktop window the browser tests start with and return to. */
	public static final Dimension DESKTOP = new Dimension(1280, 900);

	/** A tablet in portrait, the narrowest screen the pages are made for. */
	public static final Dimension TABLET = new Dimension(820, 1180);

	private BrowserPage() {
	}

	/**
	 * A new headless Chromium ({@link HeadlessChromium}) with a {@link #DESKTOP} window,
	 * patient with a page that loads slowly on a busy machine. The caller quits it.
	 */
	public static WebDriver open() {
		WebDriver browser = HeadlessChromium.open();
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(45));
		browser.manage().window().setSize(DESKTOP);
		return browser;
	}

	/**
	 * The checks every console page passes: no serious accessibility violation, no
	 * sideways scroll on a tablet, and the whole page kept as a screenshot.
	 * @param name the screenshot's name, with or without {@code .png}
	 */
	public static void check(WebDriver browser, String name) throws IOException {
		List<String> violations = AccessibilityCheck.seriousViolations(browser);
		if (!violations.isEmpty()) {
			throw new AssertionError(name + " has serious accessibility violations: " + violations);
		}
		assertFitsATablet(browser, name);
		fullScreenshot(browser, name);
	}

	/**
	 * Saves what the window shows as {@code target/screenshots/<name>.png}.
	 * @param name the file's name, with or without {@code .png}
	 * @return the file written
	 */
	public static Path screenshot(WebDriver browser, String name) throws IOException {
		Path file = Path.of("target", "screenshots", name.endsWith(".png") ? name : name + ".png");
		Files.createDirectories(file.getParent());
		byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		if (png.length < 10_000) {
			// A blank or broken page compresses to almost nothing.
			throw new AssertionError(file + " is only " + png.length + " bytes: the page did not render");
		}
		Files.write(file, png);
		return file;
	}

	/**
	 * Saves the whole page, not only its first screenful (up to 2400 px tall), then puts
	 * the window back to {@link #DESKTOP}.
	 */
	public static Path fullScreenshot(WebDriver browser, String name) throws IOException {
		Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
		browser.manage()
			.window()
			.setSize(new Dimension(DESKTOP.getWidth(), (int) Math.min(2400, ((Number) height).longValue() + 140)));
		try {
			return screenshot(browser, name);
		}
		finally {
			browser.manage().window().setSize(DESKTOP);
		}
	}

	/** How many pixels the page is wider than the window (0 when it fits). */
	public static long overflowPixels(WebDriver browser) {
		Object pixels = ((JavascriptExecutor) browser).executeScript(
				"return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)");
		return ((Number) pixels).longValue();
	}

	/** The element that sticks out furthest to the right, to say what overflows. */
	public static String widestElement(WebDriver browser) {
		Object widest = ((JavascriptExecutor) browser).executeScript("""
				let widest = null, right = 0;
				for (const el of document.querySelectorAll('body *')) {
				  const r = el.getBoundingClientRect().right;
				  if (r > right) { right = r; widest = el; }
				}
				return widest ? widest.tagName + '#' + widest.id + '.' + widest.className + ' right=' + right : '';""");
		return String.valueOf(widest);
	}

	/**
	 * Fails when the page, in the current window, is wider than the window, naming the
	 * element that sticks out.
	 * @param what the page, for the failure message
	 */
	public static void assertFits(WebDriver browser, String what) {
		long overflow = overflowPixels(browser);
		if (overflow > 0) {
			throw new AssertionError(what + " is " + overflow + " px wider than the window ("
					+ browser.manage().window().getSize() + "): " + widestElement(browser));
		}
	}

	/**
	 * Fails when the page is wider than a {@link #TABLET} in portrait; the window is put
	 * back to {@link #DESKTOP} either way.
	 */
	public static void assertFitsATablet(WebDriver browser, String what) {
		browser.manage().window().setSize(TABLET);
		try {
			assertFits(browser, what);
		}
		finally {
			browser.manage().window().setSize(DESKTOP);
		}
	}

	/**
	 * Presses Tab until the focused element is the one wanted, as a keyboard user would
	 * (a bounded number of times).
	 * @return the focused element
	 */
	public static WebElement tabTo(WebDriver browser, Predicate<WebElement> wanted) {
		Actions keys = new Actions(browser);
		for (int presses = 0; presses < 150; presses++) {
			WebElement focused = browser.switchTo().activeElement();
			if (wanted.test(focused)) {
				return focused;
			}
			keys.sendKeys(Keys.TAB).perform();
		}
		throw new AssertionError("Tab never reached the element");
	}

	/** Presses Tab until the element with this id has the focus. */
	public static WebElement tabTo(WebDriver browser, String id) {
		return tabTo(browser, withId(id));
	}

	/** The element with this id, for {@link #tabTo(WebDriver, Predicate)}. */
	public static Predicate<WebElement> withId(String id) {
		return (element) -> id.equals(element.getAttribute("id"));
	}

}
