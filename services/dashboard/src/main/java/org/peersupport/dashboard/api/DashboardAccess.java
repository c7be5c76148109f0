package org.peersupport.dashboard.api;

import org.peersupport.security.AccessRules;
import org.peersupport.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The dashboard's row of the authorization matrix: aggregates for program directors
 * (within their facilities, see {@link DirectorFacilities}), and one thing any member of
 * staff does: answer a survey under a respondent code. The page and its assets are the
 * director's too: a browser signs in (oauth2Login) and the page's script reaches the API
 * with the same session.
 */
@Component
class DashboardAccess implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		String director = Role.DIRECTOR.name();
		exchanges.pathMatchers(HttpMethod.GET, "/", "/assets/**", "/webjars/**")
			.hasRole(director)
			.pathMatchers(HttpMethod.GET, "/api/v1/summary", "/api/v1/stream", "/api/v1/export/*", "/reports/monthly")
			.hasRole(director)
			.pathMatchers(HttpMethod.POST, "/api/v1/surveys/*/responses")
			.hasRole(Role.CLINICIAN.name())
			.pathMatchers(HttpMethod.GET, "/api/v1/surveys", "/api/v1/surveys/*", "/api/v1/surveys/*/analysis")
			.hasRole(director)
			.pathMatchers(HttpMethod.POST, "/api/v1/surveys", "/api/v1/surveys/respondent-codes")
			.hasRole(director);
	}

}
