package org.peersupport.intake.api;

import org.peersupport.security.AccessRules;
import org.peersupport.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Intake's row of the authorization matrix: only risk systems talk to intake, and a
 * client reads the status of its own reports only (checked in {@code ReportStatusQuery}).
 * Nothing about outreach ever flows back this way.
 */
@Component
class IntakeAccess implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		String riskSystem = Role.RISK_SYSTEM.name();
		exchanges.pathMatchers(HttpMethod.POST, "/api/v1/adverse-events", "/api/v1/adverse-events/*/milestones")
			.hasRole(riskSystem)
			.pathMatchers(HttpMethod.GET, "/api/v1/adverse-events/*")
			.hasRole(riskSystem)
			.pathMatchers(HttpMethod.POST, "/fhir/*", "/fhir/*/AdverseEvent")
			.hasRole(riskSystem);
	}

}
