package org.peersupport.testkit;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Reads a service's section of a person's own copy ({@code GET /api/v1/me/records},
 * platform/access-trail) as the services' tests check it: with a person's real token, and
 * refused to a token without a staff id.
 */
public final class OwnSections {

	/** The route every service answers a person's own section on. */
	public static final String PATH = "/api/v1/me/records";

	private OwnSections() {
	}

	/** The section of the token's person, as JSON values. */
	public static Map<String, Object> read(WebTestClient web, String token) {
		return web.get()
			.uri(PATH)
			.headers(TestIdentity.bearer(token))
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	/** One part's records of a section. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> part(Map<String, Object> section, String part) {
		return (List<Map<String, Object>>) ((Map<String, Object>) section.get("records")).get(part);
	}

	/** The section's access trail entries. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> trail(Map<String, Object> section) {
		return (List<Map<String, Object>>) section.get("accessTrail");
	}

	/**
	 * Whether the section's trail holds the person's own earlier read of their section:
	 * every read is recorded once answered, so it shows in the next one.
	 */
	public static boolean recordsOwnRead(Map<String, Object> section, String route) {
		return trail(section).stream()
			.anyMatch((entry) -> route.equals(entry.get("route")) && Boolean.TRUE.equals(entry.get("byYou"))
					&& Integer.valueOf(200).equals(entry.get("outcome")));
	}

	/** A token without a staff id (an administrator's) gets a 403 problem document. */
	public static void refusedWithoutStaffId(WebTestClient web) {
		web.get()
			.uri(PATH)
			.headers(TestIdentity.bearer(TestIdentity.get().administrator()))
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
