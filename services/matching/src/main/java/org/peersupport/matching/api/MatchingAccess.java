package org.peersupport.matching.api;

import org.peersupport.security.AccessRules;
import org.peersupport.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Matching's row of the authorization matrix, route by route. A supporter is not a role:
 * supporter routes let any clinician through here, and
 * {@link org.peersupport.matching.offer.SupporterOwnership} then requires the path's
 * staff id to be the caller's own and on the roster as a supporter. The e-mail's accept
 * and decline links are capabilities: their signature authorises them, not a session.
 */
@Component
class MatchingAccess implements AccessRules {

	private static final String SUPPORTERS = "/api/v1/supporters/*";

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		String clinician = Role.CLINICIAN.name();
		String administrator = Role.ADMINISTRATOR.name();
		exchanges
			// Administrators: the roster, training, the fatigue list, batches,
			// explanations.
			.pathMatchers(HttpMethod.POST, "/api/v1/staff/import", "/api/v1/matching/batch")
			.hasRole(administrator)
			// An offer made by hand (the console's manual assignment); the case's
			// facility is then checked against the administrator's.
			.pathMatchers(HttpMethod.POST, "/api/v1/match-requests/*/manual-offers")
			.hasRole(administrator)
			.pathMatchers(HttpMethod.GET, "/api/v1/supporters/fatigue", "/api/v1/offers/*/explanation")
			.hasRole(administrator)
			.pathMatchers(HttpMethod.POST, SUPPORTERS + "/training")
			.hasRole(administrator)
			// A supporter's own record that the program administers too.
			.pathMatchers(HttpMethod.GET, SUPPORTERS + "/training", SUPPORTERS + "/load")
			.hasAnyRole(clinician, administrator)
			.pathMatchers(HttpMethod.POST, SUPPORTERS + "/pause", SUPPORTERS + "/resume")
			.hasAnyRole(clinician, administrator)
			// A supporter's own offers, check-ins and availability.
			.pathMatchers(HttpMethod.GET, SUPPORTERS + "/offers", SUPPORTERS + "/availability")
			.hasRole(clinician)
			.pathMatchers(HttpMethod.POST, SUPPORTERS + "/offers/*/accept", SUPPORTERS + "/offers/*/decline",
					SUPPORTERS + "/offers/*/checkins")
			.hasRole(clinician)
			.pathMatchers(HttpMethod.PUT, SUPPORTERS + "/availability")
			.hasRole(clinician)
			// A clinician's own match preferences.
			.pathMatchers(HttpMethod.GET, "/api/v1/clinicians/*/match-preferences")
			.hasRole(clinician)
			.pathMatchers(HttpMethod.PUT, "/api/v1/clinicians/*/match-preferences")
			.hasRole(clinician)
			// The supporter's portal: a signed-in session (or a bearer token) of its
			// owner.
			.pathMatchers(HttpMethod.GET, "/portal/*")
			.hasRole(clinician)
			.pathMatchers(HttpMethod.POST, "/portal/*/offers/*/*", "/portal/*/recognition")
			.hasRole(clinician)
			// The accept and decline links of an offer e-mail, authorised by their
			// signature.
			.pathMatchers(HttpMethod.GET, "/offers/*/*")
			.permitAll()
			.pathMatchers(HttpMethod.POST, "/offers/*/*")
			.permitAll()
			// Those pages' stylesheet (PortalStylesheet), with or without a session.
			.pathMatchers(HttpMethod.GET, "/assets/matching/portal.css")
			.permitAll();
	}

}
