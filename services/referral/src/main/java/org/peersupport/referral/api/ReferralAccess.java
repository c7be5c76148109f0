package org.peersupport.referral.api;

import org.peersupport.security.AccessRules;
import org.peersupport.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Referral's row of the authorization matrix. The route rules say who may ask at all;
 * whose record it is (the clinician's own referral, a crisis of the lead's facilities, an
 * override of the administrator's facility) is checked per object in the controllers and
 * the domain.
 */
@Component
class ReferralAccess implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		String clinician = Role.CLINICIAN.name();
		String administrator = Role.ADMINISTRATOR.name();
		String lead = Role.ON_CALL_LEAD.name();
		exchanges
			// Crises: the on-call leads only, within their facilities (CrisisController).
			.pathMatchers(HttpMethod.GET, "/api/v1/crises", "/api/v1/crises/*", "/api/v1/crises/*/pages")
			.hasRole(lead)
			.pathMatchers(HttpMethod.POST, "/api/v1/crises/*/acknowledgement")
			.hasRole(lead)
			// The rota: leads read who is paged; administrators set it.
			.pathMatchers(HttpMethod.GET, "/api/v1/on-call")
			.hasAnyRole(administrator, lead)
			.pathMatchers(HttpMethod.PUT, "/api/v1/on-call")
			.hasRole(administrator)
			// The catalog: every member of staff reads it, administrators change it.
			.pathMatchers(HttpMethod.GET, "/api/v1/resources", "/api/v1/resources/*", "/api/v1/resources/*/facilities")
			.hasAnyRole(clinician, administrator)
			.pathMatchers(HttpMethod.POST, "/api/v1/resources")
			.hasRole(administrator)
			.pathMatchers(HttpMethod.PUT, "/api/v1/resources/*", "/api/v1/resources/*/facilities/*")
			.hasRole(administrator)
			.pathMatchers(HttpMethod.DELETE, "/api/v1/resources/*", "/api/v1/resources/*/facilities/*")
			.hasRole(administrator)
			// Referrals: a clinician's own, and nobody else's (ReferralController).
			.pathMatchers(HttpMethod.GET, "/api/v1/referrals", "/api/v1/referrals/*")
			.hasRole(clinician)
			.pathMatchers(HttpMethod.POST, "/api/v1/referrals/*/status")
			.hasRole(clinician);
	}

}
