package org.peersupport.console;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.peersupport.web.FieldProblem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

class ConsolePagesTests {

	private final ConsolePages pages = new ConsolePages(
			new ConsoleProperties("http://localhost:8082", "http://localhost:8083/", ""));

	@Test
	void everyValueIsEscapedAndEveryFormCarriesTheSessionsToken() {
		String html = render(Map.of("who", "<script>alert(1)</script>"), HttpStatus.OK).getBody();
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
		assertThat(html).contains("name=\"_csrf\" value=\"the-token\"");
	}

	@Test
	void theNavigationLeadsToEverySectionOnTheServiceThatServesItAndMarksTheCurrentOne() {
		String html = render(Map.of(), HttpStatus.OK).getBody();
		assertThat(html).contains("<a href=\"http://localhost:8082/console\">Worklist</a>")
			.contains("<a href=\"http://localhost:8083/console/supporters\" aria-current=\"page\">Supporters</a>")
			.contains("<a href=\"/console/on-call\">On-call rota</a>");
		assertThat(html.split("aria-current")).hasSize(2);
	}

	@Test
	void aRefusedFieldShowsItsProblemNextToItAndInTheSummaryLinkedToIt() {
		ConsoleForm form = ConsoleForm
			.refused(List.of(new FieldProblem("retention.afterClose", "must be at least P1D")));
		Map<String, Object> model = Map.of("form", form, "field",
				form.field("retention.afterClose", "Keep closed cases for", "PT1H"));
		ResponseEntity<String> page = render(model, HttpStatus.BAD_REQUEST);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(page.getBody())
			.contains(
					"<li><a href=\"#field-retention-afterClose\">Keep closed cases for</a>: must be at least P1D</li>")
			.contains(
					"id=\"field-retention-afterClose\" name=\"retention.afterClose\" value=\"PT1H\" aria-invalid=\"true\"")
			.contains("<p class=\"problem\" id=\"field-retention-afterClose-problem\">must be at least P1D</p>");
	}

	@Test
	void aFormShownForTheFirstTimeHasNoSummary() {
		ConsoleForm form = ConsoleForm.empty();
		String html = render(Map.of("form", form, "field", form.field("name", "Name", null)), HttpStatus.OK).getBody();
		assertThat(html).doesNotContain("Nothing was saved").doesNotContain("aria-invalid");
	}

	@Test
	void afterAPostThePageIsSeenAgainWithoutPostingTwice() {
		ResponseEntity<String> answer = ConsolePages.seeOther("/console/supporters?done=paused");
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
		assertThat(answer.getHeaders().getLocation()).hasToString("/console/supporters?done=paused");
	}

	private ResponseEntity<String> render(Map<String, Object> model, HttpStatus status) {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/console/supporters"));
		exchange.getAttributes()
			.put(CsrfToken.class.getName(), Mono.just(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "the-token")));
		return this.pages
			.page(exchange, ConsoleSection.SUPPORTERS, status, "Supporters", ConsoleTemplates.body("sample"), model)
			.block();
	}

}
