package org.peersupport.testkit;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * The automated accessibility check of a page: axe-core (Deque's, bundled in its Selenium
 * artifact, nothing downloaded) run in the page the browser shows, against WCAG 2.1 A and
 * AA. The platform's bar: no violation of serious or critical impact. The script is run
 * by the browser driver, which a page's Content-Security-Policy does not restrict.
 */
public final class AccessibilityCheck {

	private static final List<String> STANDARDS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final List<String> BLOCKING = List.of("serious", "critical");

	private AccessibilityCheck() {
	}

	/**
	 * The serious and critical violations on the page the browser shows now, one line
	 * each (rule, impact, what to fix, and the elements), empty when there are none.
	 */
	public static List<String> seriousViolations(WebDriver browser) {
		Results results = new AxeBuilder().withTags(STANDARDS).analyze(browser);
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core did not run: " + results.getErrorMessage());
		}
		return results.getViolations()
			.stream()
			.filter((rule) -> BLOCKING.contains(rule.getImpact()))
			.map(AccessibilityCheck::describe)
			.toList();
	}

	private static String describe(Rule rule) {
		String where = rule.getNodes()
			.stream()
			.map(CheckedNode::getTarget)
			.map(String::valueOf)
			.limit(5)
			.collect(Collectors.joining(", "));
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + where;
	}

}
