package org.peersupport.security;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * A service's row of the authorization matrix: which role may call which route. Every
 * service declares one bean; anything its rules do not name is refused. Object-level
 * checks (is this the supporter's own offer, the administrator's own facility?) stay in
 * the service that owns the data, as calls on {@link Actor}.
 */
@FunctionalInterface
public interface AccessRules {

	void apply(AuthorizeExchangeSpec exchanges);

}
