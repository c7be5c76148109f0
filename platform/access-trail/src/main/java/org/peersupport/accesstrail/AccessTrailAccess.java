package org.peersupport.accesstrail;

import org.peersupport.security.AccessRules;
import org.peersupport.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * The trail's row of every service's authorization matrix. Program administrators read
 * the entries (every facility's: an entry names a route and ids, not the facility of the
 * record, which the trail does not read); operators, who run the platform and see no
 * business data, only whether the chain holds. And every person's own section of the
 * service, which only they read.
 */
final class AccessTrailAccess implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, AccessTrailController.PATH + "/fhir")
			.hasRole(Role.ADMINISTRATOR.name())
			.pathMatchers(HttpMethod.GET, AccessTrailController.PATH + "/verification")
			.hasAnyRole(Role.ADMINISTRATOR.name(), Role.OPERATOR.name())
			// A person's own records: anyone signed in; OwnRecordsController reads only
			// the token's own staff id, and refuses a token without one.
			.pathMatchers(HttpMethod.GET, RecordsSection.PATH)
			.authenticated();
	}

}
