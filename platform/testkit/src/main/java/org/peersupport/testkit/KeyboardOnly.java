package org.peersupport.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A page used the way someone without a mouse uses it: Tab and Shift+Tab move the focus,
 * Space ticks, the arrow keys choose within a group, Enter submits. Nothing is clicked.
 * The browser tests use it to show every form works with the keyboard alone, and that
 * whoever uses it always sees where the focus is. Also keeps each page's screenshot under
 * {@code target/screenshots/}.
 */
public final class KeyboardOnly {

	/** More Tab presses than any page of the platform has stops. */
	private static final int MOST_STOPS = 80;

	private final WebDriver browser;

	public KeyboardOnly(WebDriver browser) {
		this.browser = browser;
	}

	/**
	 * Presses Tab until the element {@code target} finds has the focus, and returns it;
	 * fails, naming the stops passed, if the focus never gets there (an element left out
	 * of the tab order, or a trap), or if any stop on the way, or the target, does not
	 * show it has the focus.
	 */
	public WebElement tabTo(By target) {
		return move(target, () -> press(Keys.TAB));
	}

	/** The same, backwards (Shift+Tab). */
	public WebElement shiftTabTo(By target) {
		// Shift held down over the Tab: a chord sent as keys would press and release
		// Shift
		// first.
		return move(target,
				() -> new Actions(this.browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform());
	}

	private WebElement move(By target, Runnable step) {
		WebElement wanted = this.browser.findElement(target);
		List<String> passed = new ArrayList<>();
		List<String> unseen = new ArrayList<>();
		WebElement previous = focused();
		for (int stop = 0; stop < MOST_STOPS; stop++) {
			step.run();
			WebElement focused = focused();
			// Tab within one field (the month and the year of a month field) moves the
			// browser's own highlight between its parts; the field showed the focus when
			// the focus reached it.
			if (!focused.equals(previous) && focusIndicator().isEmpty()) {
				unseen.add(describe(focused));
			}
			previous = focused;
			if (focused.equals(wanted)) {
				if (!unseen.isEmpty()) {
					throw new AssertionError("the focus is not visible on " + unseen);
				}
				return focused;
			}
			passed.add(describe(focused));
		}
		throw new AssertionError("the keyboard never reached " + target + "; it passed " + passed);
	}

	/** Presses keys on whatever has the focus. */
	public void press(CharSequence... keys) {
		new Actions(this.browser).sendKeys(keys).perform();
	}

	/** What has the focus now. */
	public WebElement focused() {
		return this.browser.switchTo().activeElement();
	}

	/**
	 * How the focused element shows it has the focus: its outline (or, for a design that
	 * uses one instead, its box shadow), as computed; empty when nothing shows it.
	 */
	public String focusIndicator() {
		Object shown = ((JavascriptExecutor) this.browser).executeScript("""
				const el = document.activeElement;
				if (!el || el === document.body) return '';
				const s = getComputedStyle(el);
				if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) {
				  return 'outline ' + s.outlineWidth + ' ' + s.outlineStyle + ' ' + s.outlineColor;
				}
				return (s.boxShadow && s.boxShadow !== 'none') ? 'box-shadow ' + s.boxShadow : '';""");
		return String.valueOf(shown);
	}

	/**
	 * Saves what the browser shows to {@code target/screenshots/<page>.png}; its size.
	 */
	public long screenshot(String page) {
		Path file = Path.of("target", "screenshots", page + ".png");
		try {
			Files.createDirectories(file.getParent());
			byte[] png = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES);
			Files.write(file, png);
			return png.length;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String describe(WebElement element) {
		String name = element.getAttribute("name");
		String text = element.getText();
		return element.getTagName() + ((name != null && !name.isEmpty()) ? "[name=" + name + "]" : "")
				+ ((text != null && !text.isBlank()) ? "'" + text.strip().lines().findFirst().orElse("") + "'" : "");
	}

}
