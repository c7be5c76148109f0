package org.peersupport.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemPageTests {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
			+ "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

	@Test
	void aBrowserNavigationGetsAPage() {
		assertThat(ProblemPage.preferred(accept(BROWSER))).isTrue();
		assertThat(ProblemPage.preferred(accept("text/html"))).isTrue();
		assertThat(ProblemPage.preferred(accept("application/json;q=0.5, text/html"))).isTrue();
	}

	@Test
	void apiClientsKeepTheProblemDocument() {
		assertThat(ProblemPage.preferred(accept("application/json"))).isFalse();
		assertThat(ProblemPage.preferred(accept("application/problem+json"))).isFalse();
		assertThat(ProblemPage.preferred(accept("*/*"))).isFalse();
		assertThat(ProblemPage.preferred(accept("text/*"))).isFalse();
		assertThat(ProblemPage.preferred(new HttpHeaders())).isFalse();
		// Naming both at the same rank is an API client being liberal, not a browser.
		assertThat(ProblemPage.preferred(accept("application/json, text/html"))).isFalse();
		assertThat(ProblemPage.preferred(accept("text/html;q=0.5, application/problem+json"))).isFalse();
		assertThat(ProblemPage.preferred(accept("not a type"))).isFalse();
	}

	@Test
	void thePageIsAccessibleAndNamesTheProblem() {
		String page = ProblemPage.render("Invalid input", "month: must be a month like 2026-11",
				List.of(new FieldProblem("month", "must be a month like 2026-11")));
		assertThat(page).startsWith("<!DOCTYPE html>")
			.contains("<html lang=\"en\">", "<title>Invalid input</title>", "<h1>Invalid input</h1>",
					"<p>month: must be a month like 2026-11</p>",
					"<li><strong>month</strong>: must be a month like 2026-11</li>", "<a href=\"/\">")
			.doesNotContain("style", "<script");
	}

	@Test
	void everyValueIsEscaped() {
		String page = ProblemPage.render("<b>t</b>", "<script>alert(1)</script>",
				List.of(new FieldProblem("<i>f</i>", "\"r\" & <s>")));
		assertThat(page).doesNotContain("<script>", "<b>", "<i>", "<s>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;t&lt;/b&gt;", "&lt;i&gt;f&lt;/i&gt;",
					"&quot;r&quot; &amp; &lt;s&gt;");
	}

	@Test
	void aProblemDocumentIsReadBackIntoThePage() {
		String document = "{\"type\":\"https://peersupport.org/problems/invalid-input\",\"title\":\"Invalid input\","
				+ "\"status\":400,\"detail\":\"<script>x</script>\","
				+ "\"errors\":[{\"field\":\"harm\",\"reason\":\"must be true or false\"}]}";
		String page = BrowserProblems.page(document.getBytes(StandardCharsets.UTF_8));
		assertThat(page)
			.contains("<h1>Invalid input</h1>", "&lt;script&gt;x&lt;/script&gt;",
					"<li><strong>harm</strong>: must be true or false</li>")
			.doesNotContain("<script>");
	}

	@Test
	void aProblemWithoutTitleStillHasOne() {
		assertThat(ProblemPage.render(null, null, List.of())).contains("<title>Something went wrong</title>")
			.doesNotContain("<p></p>", "<ul>");
	}

	private static HttpHeaders accept(String value) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT, value);
		return headers;
	}

}
