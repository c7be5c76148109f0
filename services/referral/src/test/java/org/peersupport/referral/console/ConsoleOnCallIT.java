package org.peersupport.referral.console;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.peersupport.referral.crisis.OnCallLead;
import org.peersupport.testkit.TestIdentity;

import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The On-call section of the console: the rota in plain words, a loud warning while
 * nobody (or only one lead) is on call, a change made through the API's reader and
 * visible through the API, a refused one shown next to its fields with the old rota kept,
 * and the rota closed to facility-limited administrators and to everyone else.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleOnCallIT extends ConsolePagesTest {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		infrastructure(registry, "referral-console-on-call-" + UUID.randomUUID());
		pageSignIn(registry, "http://127.0.0.1:1/authorize", "http://127.0.0.1:1/token",
				TestIdentity.get().issuer() + "/jwks");
	}

	/** First: no rota is configured in this test's service, and none is set yet. */
	@Test
	@Order(1)
	void whileNobodyIsOnCallThePageSaysTheCrisisPathCannotPageAnyone() {
		String html = page(administrator(), "/console/on-call", HttpStatus.OK);
		assertThat(html).contains("class=\"warning\" role=\"alert\"");
		assertThat(visibleText(html))
			.contains("Nobody is on call", "nobody can be paged, at any facility", "within 5 minutes",
					"after 30 seconds", "Save the rota")
			.doesNotContain(CODES);
	}

	@Test
	@Order(2)
	void aRotaSavedOnThePageIsTheOneTheApiServesAndPagesBy() {
		EntityExchangeResult<String> saved = post(administrator(), "/console/on-call",
				form("[0].leadId", "LEAD-A", "[0].pagerId", "PAGER-A", "[1].leadId", "", "[1].pagerId", "",
						"[2].leadId", "LEAD-B", "[2].pagerId", "PAGER-B"));
		assertThat(saved.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
		assertThat(saved.getResponseHeaders().getLocation()).hasToString("/console/on-call?done=saved");
		assertThat(rota()).containsExactly(new OnCallLead("LEAD-A", "PAGER-A"), new OnCallLead("LEAD-B", "PAGER-B"));
		assertThat(lastTrailEntry("POST", "/console/on-call")).containsEntry("actor_subject", "admin")
			.containsEntry("outcome", 303);

		String html = page(administrator(), "/console/on-call?done=saved", HttpStatus.OK);
		String text = visibleText(html);
		assertThat(text).contains("The on-call rota is saved", "1 LEAD-A PAGER-A", "2 LEAD-B PAGER-B")
			.doesNotContain("Nobody is on call", "Only one lead")
			.doesNotContain(CODES);
		assertThat(html).contains("value=\"LEAD-B\"");

		assertThat(post(administrator(), "/console/on-call", form("[0].leadId", "LEAD-A", "[0].pagerId", "PAGER-A"))
			.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
		assertThat(visibleText(page(administrator(), "/console/on-call", HttpStatus.OK)))
			.contains("Only one lead is on call");
	}

	@Test
	@Order(3)
	void aRefusedRotaIsShownNextToItsFieldsAndTheOldOneStays() {
		List<OnCallLead> before = rota();
		EntityExchangeResult<String> refused = post(administrator(), "/console/on-call",
				form("[0].leadId", "LEAD-C", "[0].pagerId", "", "[1].leadId", "LEAD-C", "[1].pagerId", "PAGER C!"));
		assertThat(refused.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
		String html = refused.getResponseBody();
		assertThat(problemOf(html, "field--0--pagerId")).isNotBlank();
		assertThat(problemOf(html, "field--1--leadId")).isEqualTo("appears twice in the rota");
		assertThat(problemOf(html, "field--1--pagerId")).contains("must be an id");
		assertThat(html).contains("Nothing was saved").contains("value=\"PAGER C!\"");
		assertThat(rota()).isEqualTo(before);

		EntityExchangeResult<String> empty = post(administrator(), "/console/on-call", form("[0].leadId", ""));
		assertThat(empty.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(empty.getResponseBody()).contains("the rota needs at least one lead");
		assertThat(rota()).isEqualTo(before);
	}

	@Test
	@Order(4)
	void onlyAnAdministratorForTheWholeProgramChangesTheRota() {
		List<OnCallLead> before = rota();
		WebTestClient north = as(TestIdentity.get().administrator("NORTH"));
		String html = page(north, "/console/on-call", HttpStatus.OK);
		assertThat(html).doesNotContain("Save the rota");
		assertThat(visibleText(html)).contains("only an administrator for the whole program changes it");
		assertThat(post(north, "/console/on-call", form("[0].leadId", "LEAD-N", "[0].pagerId", "PAGER-N")).getStatus())
			.isEqualTo(HttpStatus.FORBIDDEN);
		for (String token : new String[] { TestIdentity.get().clinician("C-1"), TestIdentity.get().onCallLead("L-1"),
				TestIdentity.get().director() }) {
			as(token).get().uri("/console/on-call").exchange().expectStatus().isForbidden();
			assertThat(post(as(token), "/console/on-call", form("[0].leadId", "LEAD-X", "[0].pagerId", "PAGER-X"))
				.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		}
		for (String forged : new String[] { null, "not-the-token" }) {
			assertThat(postWithoutToken("/console/on-call", "/console/on-call",
					form("[0].leadId", "LEAD-S", "[0].pagerId", "PAGER-S"), forged)
				.getStatus()).as("a session's post without its CSRF token").isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(rota()).isEqualTo(before);
	}

	private List<OnCallLead> rota() {
		return getList(administrator(), OnCallLead.class, "/api/v1/on-call");
	}

}
