package org.peersupport.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts into the tokens what the services read (platform/security's
 * {@code SecurityProperties.Claims} defaults): the staff id, the roles and the facilities
 * of a person; the platform audience and the client in every access token. Access tokens
 * are typed {@code at+jwt} (RFC 9068) so that an id token can never pass for one.
 */
final class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	/** The audience every service checks ({@code peersupport.security.audiences}). */
	static final String AUDIENCE = "peersupport";

	static final String STAFF_ID = "staff_id";

	static final String ROLES = "roles";

	static final String FACILITIES = "facilities";

	static final String CLIENT_ID = "client_id";

	private final DemoUsers users;

	TokenClaims(DemoUsers users) {
		this.users = users;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
		boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
		if (accessToken) {
			context.getJwsHeader().type("at+jwt");
			context.getClaims()
				.claims((claims) -> claims.put(JwtClaimNames.AUD, withPlatformAudience(claims.get(JwtClaimNames.AUD))))
				.claim(CLIENT_ID, context.getRegisteredClient().getClientId());
		}
		else if (idToken) {
			context.getJwsHeader().type("JWT");
		}
		// A client-credentials token is a machine's: its subject is the client, never a
		// user.
		boolean person = !AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType());
		if ((accessToken || idToken) && person) {
			this.users.find(context.getPrincipal().getName())
				.ifPresent((account) -> person(context.getClaims(), account));
		}
	}

	/**
	 * What the user info endpoint answers: the id token's subject and platform claims, so
	 * a page that asks for user info sees the same staff id and roles as in the token.
	 */
	static OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
		OAuth2Authorization.Token<OidcIdToken> idToken = context.getAuthorization().getToken(OidcIdToken.class);
		Map<String, Object> claims = new LinkedHashMap<>();
		if (idToken != null) {
			for (String name : List.of(JwtClaimNames.SUB, STAFF_ID, ROLES, FACILITIES)) {
				Object value = idToken.getToken().getClaims().get(name);
				if (value != null) {
					claims.put(name, value);
				}
			}
		}
		if (claims.isEmpty()) {
			claims.put(JwtClaimNames.SUB, context.getAuthorization().getPrincipalName());
		}
		return new OidcUserInfo(claims);
	}

	private static void person(JwtClaimsSet.Builder claims, DemoAccount account) {
		if (account.staffId() != null) {
			claims.claim(STAFF_ID, account.staffId());
		}
		claims.claim(ROLES, account.roles());
		if (!account.facilities().isEmpty()) {
			claims.claim(FACILITIES, account.facilities());
		}
	}

	/** The client's own audience (Spring's default) and the platform's. */
	private static List<String> withPlatformAudience(Object audience) {
		List<String> audiences = new ArrayList<>();
		if (audience instanceof Collection<?> values) {
			values.forEach((value) -> audiences.add(String.valueOf(value)));
		}
		else if (audience != null) {
			audiences.add(String.valueOf(audience));
		}
		if (!audiences.contains(AUDIENCE)) {
			audiences.add(AUDIENCE);
		}
		return audiences;
	}

}
