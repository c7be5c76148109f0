package org.peersupport.matching.scim;

import org.peersupport.security.AccessRules;
import org.peersupport.security.Role;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The SCIM API is the identity system's alone: a machine client holding the provisioning
 * scope. Not even an administrator's own token reaches it; administrators keep the roster
 * import and the console.
 */
@Component
class ScimAccess implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers("/scim/v2/**").hasRole(Role.DIRECTORY_PROVISIONING.name());
	}

}
