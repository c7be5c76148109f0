package org.peersupport.testkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The real headless Chromium the browser tests drive: Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs. Selenium Manager is never
 * asked to download a browser: the machine has no network beyond its package registries.
 */
public final class HeadlessChromium {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** Why a browser test skipped itself. */
	public static final String MISSING = "Chromium and chromedriver are not installed "
			+ "(apt-get install chromium chromium-driver)";

	private HeadlessChromium() {
	}

	public static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/**
	 * A new browser with a tall window, so a whole dashboard fits one screenshot. The
	 * caller quits it.
	 */
	public static WebDriver open() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1280,2600");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
