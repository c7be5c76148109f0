package org.peersupport.outreach.api;

import org.peersupport.security.AccessRules;
import org.peersupport.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Outreach's row of the authorization matrix. The route rules say who may ask at all;
 * whose record it is (the clinician's own preferences and cases, a policy, template or
 * case of the administrator's facilities) is checked per object in the controllers.
 */
@Component
class OutreachAccess implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		String clinician = Role.CLINICIAN.name();
		String administrator = Role.ADMINISTRATOR.name();
		exchanges
			// Policy, its audit trail and the invitation wording: the program's.
			.pathMatchers(HttpMethod.GET, "/api/v1/policy", "/api/v1/policy/audit", "/api/v1/invitation-templates")
			.hasRole(administrator)
			.pathMatchers(HttpMethod.PUT, "/api/v1/policy", "/api/v1/invitation-templates")
			.hasRole(administrator)
			.pathMatchers(HttpMethod.GET, "/api/v1/cases/*/invitation", "/api/v1/outreach-cases/*/invitation")
			.hasRole(administrator)
			// Erasure on request: the program's (ErasureController refuses a facility
			// limit).
			.pathMatchers(HttpMethod.POST, "/api/v1/erasure-requests")
			.hasRole(administrator)
			// Campaigns: the program's to define, follow, pause and resume.
			.pathMatchers(HttpMethod.GET, "/api/v1/campaigns", "/api/v1/campaigns/*")
			.hasRole(administrator)
			.pathMatchers(HttpMethod.POST, "/api/v1/campaigns", "/api/v1/campaigns/*/pause",
					"/api/v1/campaigns/*/resume")
			.hasRole(administrator)
			// Preferences and opt-out: the clinician's own, nobody else's.
			.pathMatchers(HttpMethod.GET, "/api/v1/clinicians/*/preferences")
			.hasRole(clinician)
			.pathMatchers(HttpMethod.PUT, "/api/v1/clinicians/*/preferences")
			.hasRole(clinician)
			// Shifts: the clinician's own, or the program's shift feed (ShiftReporters).
			.pathMatchers(HttpMethod.GET, "/api/v1/clinicians/*/shifts")
			.hasAnyRole(clinician, administrator)
			.pathMatchers(HttpMethod.PUT, "/api/v1/clinicians/*/shifts")
			.hasAnyRole(clinician, administrator)
			// Asking for a check-in: the clinician's own request, nobody else's
			// (SelfRequestController checks the token's staff id).
			.pathMatchers(HttpMethod.POST, "/api/v1/clinicians/*/check-in-requests")
			.hasRole(clinician)
			// A word about a colleague, and the directory to pick them from: any member
			// of
			// staff (ColleagueReferralController requires a staff id).
			.pathMatchers(HttpMethod.POST, "/api/v1/colleague-referrals")
			.hasRole(clinician)
			.pathMatchers(HttpMethod.GET, "/api/v1/colleagues")
			.hasRole(clinician)
			// The same two as pages, for a signed-in member of staff.
			.pathMatchers(HttpMethod.GET, "/check-in", "/refer-a-colleague")
			.hasRole(clinician)
			.pathMatchers(HttpMethod.POST, "/check-in", "/refer-a-colleague")
			.hasRole(clinician)
			// A person's own copy of everything the platform holds about them, as a
			// download from the check-in page or over the API: any member of staff, their
			// own only (OwnCopyController reads the token's staff id).
			.pathMatchers(HttpMethod.GET, "/my-records", "/api/v1/me/records/all")
			.authenticated()
			// The pages' stylesheet (PageStylesheet): for anyone signed in, as the pages.
			.pathMatchers(HttpMethod.GET, PageStylesheet.PATH)
			.authenticated()
			// Cases: the worklist for administrators, a reduced view of their own cases
			// for clinicians (OutreachCaseController).
			.pathMatchers(HttpMethod.GET, "/api/v1/outreach-cases", "/api/v1/cases")
			.hasAnyRole(clinician, administrator)
			// An administrator's hand on a worklist case (CaseActionController checks
			// the facility): the same actions as the console's case page.
			.pathMatchers(HttpMethod.POST, "/api/v1/outreach-cases/*/outside-contact",
					"/api/v1/outreach-cases/*/closure")
			.hasRole(administrator)
			// Team debriefs: the program schedules them; only a facilitator matching
			// assigned records the outcome (checked per debrief in TeamDebriefs).
			.pathMatchers(HttpMethod.GET, "/api/v1/team-debriefs", "/api/v1/team-debriefs/*")
			.hasRole(administrator)
			.pathMatchers(HttpMethod.PUT, "/api/v1/team-debriefs/*/schedule")
			.hasRole(administrator)
			.pathMatchers(HttpMethod.PUT, "/api/v1/team-debriefs/*/outcome")
			.hasRole(clinician)
			.pathMatchers(HttpMethod.GET, "/api/v1/facilitators/*/team-debriefs")
			.hasRole(clinician);
	}

}
