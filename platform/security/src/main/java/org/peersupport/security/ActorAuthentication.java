package org.peersupport.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** A request authenticated by a bearer token, with the actor read from its claims. */
public final class ActorAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

	private final Actor actor;

	ActorAuthentication(Jwt jwt, Actor actor) {
		super(jwt, actor, jwt, authorities(actor));
		this.actor = actor;
		setAuthenticated(true);
	}

	public Actor actor() {
		return this.actor;
	}

	@Override
	public java.util.Map<String, Object> getTokenAttributes() {
		return getToken().getClaims();
	}

	static List<SimpleGrantedAuthority> authorities(Actor actor) {
		return actor.roles().stream().map((r) -> new SimpleGrantedAuthority(r.authority())).toList();
	}

}
