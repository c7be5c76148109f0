package org.peersupport.console;

import org.peersupport.security.AccessRules;
import org.peersupport.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * The console's row of the authorization matrix, the same in every service that serves
 * console pages: every page and form is the program administrator's (the service then
 * checks the facility of what is asked for), and its stylesheet needs a signed-in caller.
 */
final class ConsoleAccess implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, ConsoleAutoConfiguration.ASSETS + "**")
			.authenticated()
			.pathMatchers("/console", "/console/**")
			.hasRole(Role.ADMINISTRATOR.name());
	}

}
