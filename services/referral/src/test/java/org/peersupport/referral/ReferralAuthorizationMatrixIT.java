package org.peersupport.referral;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.referral.crisis.Crisis;
import org.peersupport.referral.referrals.Referral;
import org.peersupport.testkit.AuthorizationMatrix;
import org.peersupport.testkit.OwnSections;
import org.peersupport.testkit.TestIdentity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.ADMINISTRATOR;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.CLINICIAN;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.ON_CALL_LEAD;
import static org.peersupport.testkit.AuthorizationMatrix.Caller.SUPPORTER;

/**
 * Referral's row of the authorization matrix, over the service's real route list, and the
 * object-level rules the route rules cannot see: a clinician's referrals are theirs
 * alone, a lead sees the crises of their facilities (and those they were paged for), a
 * facility-limited administrator changes only their facilities' overrides.
 */
class ReferralAuthorizationMatrixIT extends ReferralServiceTest {

	private static final String ROTA = "[{\"leadId\":\"LEAD-PAGED\",\"pagerId\":\"PAGER-9\"}]";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		infrastructure(registry, "referral-matrix-" + UUID.randomUUID());
		// No pager: every page fails at once, and is still recorded against the lead.
		registry.add("peersupport.referral.crisis.on-call[0].lead-id", () -> "LEAD-PAGED");
		registry.add("peersupport.referral.crisis.on-call[0].pager-id", () -> "PAGER-9");
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping routes;

	/**
	 * Who may call what. A supporter is a clinician to this service (a referral records
	 * no supporter), and an on-call lead is a member of staff too, so both read the
	 * catalog and their own referrals.
	 */
	@TestFactory
	Stream<DynamicTest> everyRouteAnswersEachCallerAsTheMatrixSays() {
		return matrix(this.web, this.routes).tests();
	}

	/**
	 * The matrix: the callers each route lets through; {@code RouteFuzzIT} sends as them.
	 */
	static AuthorizationMatrix matrix(WebTestClient web, RequestMappingHandlerMapping routes) {
		return AuthorizationMatrix.of(web, routes)
			.accessTrail()
			.allow("GET /api/v1/crises", ON_CALL_LEAD)
			.allow("GET /api/v1/crises/{id}", ON_CALL_LEAD)
			.allow("GET /api/v1/crises/{id}/pages", ON_CALL_LEAD)
			.allow("POST /api/v1/crises/{id}/acknowledgement", ON_CALL_LEAD)
			.allow("GET /api/v1/on-call", ADMINISTRATOR, ON_CALL_LEAD)
			.allow("PUT /api/v1/on-call", ADMINISTRATOR)
			.body("PUT /api/v1/on-call", MediaType.APPLICATION_JSON, ROTA)
			.allow("GET /api/v1/resources", CLINICIAN, SUPPORTER, ON_CALL_LEAD, ADMINISTRATOR)
			.allow("GET /api/v1/resources/{code}", CLINICIAN, SUPPORTER, ON_CALL_LEAD, ADMINISTRATOR)
			.allow("GET /api/v1/resources/{code}/facilities", CLINICIAN, SUPPORTER, ON_CALL_LEAD, ADMINISTRATOR)
			.allow("POST /api/v1/resources", ADMINISTRATOR)
			.allow("PUT /api/v1/resources/{code}", ADMINISTRATOR)
			.allow("DELETE /api/v1/resources/{code}", ADMINISTRATOR)
			.allow("PUT /api/v1/resources/{code}/facilities/{facility}", ADMINISTRATOR)
			.allow("DELETE /api/v1/resources/{code}/facilities/{facility}", ADMINISTRATOR)
			.allow("GET /api/v1/referrals", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			.allow("GET /api/v1/referrals/{id}", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			.allow("POST /api/v1/referrals/{id}/status", CLINICIAN, SUPPORTER, ON_CALL_LEAD)
			// The console's pages and forms (ConsoleAccess): administrators only; the
			// controllers then check the facility (ConsoleResourcesIT, ConsoleOnCallIT).
			.allow("GET /console/resources", ADMINISTRATOR)
			.allow("GET /console/resources/new", ADMINISTRATOR)
			.allow("POST /console/resources", ADMINISTRATOR)
			.body("POST /console/resources", MediaType.APPLICATION_FORM_URLENCODED, "")
			.allow("GET /console/resources/{code}", ADMINISTRATOR)
			.allow("POST /console/resources/{code}", ADMINISTRATOR)
			.body("POST /console/resources/{code}", MediaType.APPLICATION_FORM_URLENCODED, "")
			.allow("POST /console/resources/{code}/delete", ADMINISTRATOR)
			.body("POST /console/resources/{code}/delete", MediaType.APPLICATION_FORM_URLENCODED, "")
			.allow("GET /console/resources/{code}/facility", ADMINISTRATOR)
			.allow("POST /console/resources/{code}/facility", ADMINISTRATOR)
			.body("POST /console/resources/{code}/facility", MediaType.APPLICATION_FORM_URLENCODED, "facility=MAIN")
			.allow("POST /console/resources/{code}/facility/remove", ADMINISTRATOR)
			.body("POST /console/resources/{code}/facility/remove", MediaType.APPLICATION_FORM_URLENCODED,
					"facility=MAIN")
			.allow("GET /console/on-call", ADMINISTRATOR)
			.allow("POST /console/on-call", ADMINISTRATOR)
			.body("POST /console/on-call", MediaType.APPLICATION_FORM_URLENCODED,
					"%5B0%5D.leadId=LEAD-PAGED&%5B0%5D.pagerId=PAGER-9");
	}

	@Test
	void aReferralIsItsClinicianAloneToReadAndMoveAlong() throws Exception {
		String owner = "OWNER-" + UUID.randomUUID();
		CheckinFeed.send(CheckinFeed.envelope(CheckinFeed.checkin(owner, "MAIN", true, false, ReferralKind.EAP)));
		await().atMost(PATIENCE)
			.until(() -> getList(clinician(owner), Referral.class, "/api/v1/referrals").size() == 1);
		String id = getList(clinician(owner), Referral.class, "/api/v1/referrals").get(0).id();

		WebTestClient colleague = clinician("COLLEAGUE-" + UUID.randomUUID());
		colleague.get()
			.uri("/api/v1/referrals?staffId={staffId}", owner)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(getList(colleague, Referral.class, "/api/v1/referrals")).isEmpty();
		assertThat(getList(colleague, Referral.class, "/api/v1/referrals?due=true")).isEmpty();
		colleague.get().uri("/api/v1/referrals/{id}", id).exchange().expectStatus().isNotFound();
		colleague.post()
			.uri("/api/v1/referrals/{id}/status", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"status\":\"ACCEPTED\"}")
			.exchange()
			.expectStatus()
			.isNotFound();
		// The supporter who made the referral is not recorded on it, so moves nothing.
		clinician("SUP-1").get().uri("/api/v1/referrals/{id}", id).exchange().expectStatus().isNotFound();
		// Nor does an administrator read anyone's referrals, with or without a staff id.
		administrator().get().uri("/api/v1/referrals?staffId={staffId}", owner).exchange().expectStatus().isForbidden();

		clinician(owner).get()
			.uri("/api/v1/referrals/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("OFFERED");
		clinician(owner).post()
			.uri("/api/v1/referrals/{id}/status", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"status\":\"ACCEPTED\"}")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void eachClinicianSeesTheirOwnReferralsAndCrisesAndNeverAnothers() throws Exception {
		String first = "CR-1-" + UUID.randomUUID();
		String second = "CR-2-" + UUID.randomUUID();
		CheckinCompleted withCrisis = CheckinFeed.checkin(first, "MAIN", true, true, ReferralKind.EAP);
		CheckinFeed.send(CheckinFeed.envelope(withCrisis));
		CheckinFeed.send(CheckinFeed.envelope(CheckinFeed.checkin(second, "MAIN", true, false, ReferralKind.EAP)));
		await().atMost(PATIENCE)
			.until(() -> OwnSections.part(OwnSections.read(this.web, TestIdentity.get().clinician(first)), "referrals")
				.size() == 1
					&& OwnSections
						.part(OwnSections.read(this.web, TestIdentity.get().clinician(first)), "crisesAboutYou")
						.size() == 1
					&& OwnSections.part(OwnSections.read(this.web, TestIdentity.get().clinician(second)), "referrals")
						.size() == 1);
		Map<String, Object> mine = OwnSections.read(this.web, TestIdentity.get().clinician(first));
		assertThat(mine).containsEntry("service", "referral").containsEntry("staffId", first);
		assertThat(OwnSections.part(mine, "referrals")).singleElement()
			.satisfies(
					(row) -> assertThat(row).containsEntry("caseId", withCrisis.caseId()).containsEntry("kind", "EAP"));
		assertThat(OwnSections.part(mine, "crisesAboutYou")).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("caseId", withCrisis.caseId())
				.doesNotContainKey("supporterId"));
		assertThat(mine.toString()).doesNotContain(second).doesNotContain("SUP-1");
		Map<String, Object> theirs = OwnSections.read(this.web, TestIdentity.get().clinician(second));
		assertThat(OwnSections.part(theirs, "crisesAboutYou")).isEmpty();
		assertThat(theirs.toString()).doesNotContain(first).doesNotContain(withCrisis.caseId());
		OwnSections.refusedWithoutStaffId(this.web);
		await().atMost(PATIENCE)
			.until(() -> OwnSections.recordsOwnRead(OwnSections.read(this.web, TestIdentity.get().clinician(first)),
					OwnSections.PATH));
	}

	@Test
	void aLeadSeesTheCrisesOfTheirFacilitiesAndThoseTheyWerePagedFor() throws Exception {
		String staffId = "CRISIS-" + UUID.randomUUID();
		CheckinCompleted checkin = CheckinFeed.checkin(staffId, "MAIN", false, true);
		CheckinFeed.send(CheckinFeed.envelope(checkin));
		String crisisId = await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForList("SELECT id FROM crisis WHERE checkin_id = ?", String.class,
					checkin.checkinId()), (ids) -> !ids.isEmpty())
			.get(0);
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForObject(
					"SELECT count(*) FROM crisis_page WHERE crisis_id = ? AND lead_id = 'LEAD-PAGED'", Integer.class,
					crisisId) > 0);

		WebTestClient north = as(TestIdentity.get().onCallLead("LEAD-NORTH", "NORTH"));
		assertThat(getList(north, Crisis.class, "/api/v1/crises")).extracting(Crisis::id).doesNotContain(crisisId);
		assertThat(getList(north, Crisis.class, "/api/v1/crises?open=true")).extracting(Crisis::id)
			.doesNotContain(crisisId);
		north.get().uri("/api/v1/crises/{id}", crisisId).exchange().expectStatus().isNotFound();
		north.get().uri("/api/v1/crises/{id}/pages", crisisId).exchange().expectStatus().isNotFound();
		north.post().uri("/api/v1/crises/{id}/acknowledgement", crisisId).exchange().expectStatus().isNotFound();

		WebTestClient main = as(TestIdentity.get().onCallLead("LEAD-MAIN", "MAIN"));
		assertThat(getList(main, Crisis.class, "/api/v1/crises?open=true")).extracting(Crisis::id).contains(crisisId);
		main.get().uri("/api/v1/crises/{id}", crisisId).exchange().expectStatus().isOk();

		// Paged for it, whatever their facilities: they must be able to take it.
		WebTestClient paged = as(TestIdentity.get().onCallLead("LEAD-PAGED", "NORTH"));
		assertThat(getList(paged, Crisis.class, "/api/v1/crises?open=true")).extracting(Crisis::id).contains(crisisId);
		paged.post()
			.uri("/api/v1/crises/{id}/acknowledgement", crisisId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.acknowledgedBy")
			.isEqualTo("LEAD-PAGED");
	}

	@Test
	void aFacilityLimitedAdministratorChangesOnlyTheirFacilitiesOverrides() {
		WebTestClient mainAdministrator = as(TestIdentity.get().administrator("MAIN"));
		mainAdministrator.put()
			.uri("/api/v1/resources/EAP/facilities/MAIN")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"hours\":\"Weekdays\"}")
			.exchange()
			.expectStatus()
			.isOk();
		mainAdministrator.put()
			.uri("/api/v1/resources/EAP/facilities/NORTH")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"hours\":\"Weekdays\"}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		mainAdministrator.delete()
			.uri("/api/v1/resources/EAP/facilities/NORTH")
			.exchange()
			.expectStatus()
			.isForbidden();
		mainAdministrator.delete().uri("/api/v1/resources/EAP/facilities/MAIN").exchange().expectStatus().isNoContent();
		// The catalog and the rota are what every facility sees: not theirs to change.
		mainAdministrator.post()
			.uri("/api/v1/resources")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"code\":\"MAIN-ONLY\",\"kind\":\"EAP\",\"name\":\"Main\",\"confidential\":true}")
			.exchange()
			.expectStatus()
			.isForbidden();
		mainAdministrator.delete().uri("/api/v1/resources/EAP").exchange().expectStatus().isForbidden();
		mainAdministrator.put()
			.uri("/api/v1/on-call")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(ROTA)
			.exchange()
			.expectStatus()
			.isForbidden();
		mainAdministrator.get().uri("/api/v1/on-call").exchange().expectStatus().isOk();
		mainAdministrator.get().uri("/api/v1/resources/EAP").exchange().expectStatus().isOk();
	}

}
