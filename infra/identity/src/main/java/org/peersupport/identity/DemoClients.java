package org.peersupport.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The demo clients: a risk system (client secret, and optionally private_key_jwt as a
 * hospital's would use), an identity system provisioning the directory over SCIM, the
 * {@code bin/token} command line, and the services' pages.
 */
final class DemoClients {

	static final String RISK_SYSTEM = "demo-risk-system";

	static final String RISK_SYSTEM_SECRET = "demo-risk-system-secret";

	static final String RISK_SYSTEM_JWT = "demo-risk-system-jwt";

	static final String SCIM = "demo-scim";

	static final String SCIM_SECRET = "demo-scim-secret";

	/** Makes the client a directory provisioner (platform/security ActorClaims). */
	static final String SCIM_SCOPE = "peersupport.scim";

	static final String CLI = "demo-cli";

	static final String CLI_REDIRECT_URI = "http://127.0.0.1:8976/callback";

	static final String PAGES = "peersupport-pages";

	/** The registration id the services' pages use: their callback path names it. */
	static final String PAGES_REGISTRATION = "peersupport";

	static final String REPORT_SCOPE = "system/AdverseEvent.write";

	/** Short-lived, as a hospital's would be: a leaked demo token is soon worthless. */
	static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(5);

	private DemoClients() {
	}

	static RegisteredClientRepository repository(IdentityProperties properties) {
		List<RegisteredClient> clients = new ArrayList<>();
		clients.add(riskSystem());
		if (properties.riskSystemJwksUrl() != null && !properties.riskSystemJwksUrl().isBlank()) {
			clients.add(riskSystemWithKey(properties.riskSystemJwksUrl()));
		}
		clients.add(provisioning());
		clients.add(commandLine());
		if (!properties.pageBaseUrls().isEmpty()) {
			clients.add(pages(properties.pageBaseUrls()));
		}
		return new InMemoryRegisteredClientRepository(clients);
	}

	private static RegisteredClient riskSystem() {
		return client(RISK_SYSTEM).clientSecret("{noop}" + RISK_SYSTEM_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope(REPORT_SCOPE)
			.build();
	}

	/** The hospital's identity system (Entra ID, Okta) calling matching's SCIM API. */
	private static RegisteredClient provisioning() {
		return client(SCIM).clientSecret("{noop}" + SCIM_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope(SCIM_SCOPE)
			.build();
	}

	/**
	 * A risk system that proves itself with a JWT signed by its own key (SMART Backend
	 * Services): the server fetches the client's public keys from its JWK set URL. It
	 * signs RS384, one of the two SMART allows: Spring verifies a client's assertions
	 * with the one algorithm it is registered with. {@link ClientAssertions} has the
	 * other checks.
	 */
	private static RegisteredClient riskSystemWithKey(String jwksUrl) {
		return client(RISK_SYSTEM_JWT).clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope(REPORT_SCOPE)
			.clientSettings(ClientSettings.builder()
				.jwkSetUrl(jwksUrl)
				.tokenEndpointAuthenticationSigningAlgorithm(SignatureAlgorithm.RS384)
				.build())
			.build();
	}

	/** For {@code bin/token}: a public client, so no secret is handed around. */
	private static RegisteredClient commandLine() {
		return publicClient(CLI).redirectUri(CLI_REDIRECT_URI).build();
	}

	/**
	 * The dashboard's and the portal's sign-in ({@code PageSignIn} in platform/security).
	 */
	private static RegisteredClient pages(List<String> baseUrls) {
		RegisteredClient.Builder pages = publicClient(PAGES);
		for (String baseUrl : baseUrls) {
			String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
			pages.redirectUri(base + "/login/oauth2/code/" + PAGES_REGISTRATION)
				.postLogoutRedirectUri(base + "/signed-out");
		}
		return pages.build();
	}

	/**
	 * Authorization code with PKCE, no consent screen: the demo users own nothing to
	 * consent to.
	 */
	private static RegisteredClient.Builder publicClient(String clientId) {
		return client(clientId).clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build());
	}

	private static RegisteredClient.Builder client(String clientId) {
		return RegisteredClient.withId(UUID.nameUUIDFromBytes(clientId.getBytes(StandardCharsets.UTF_8)).toString())
			.clientId(clientId)
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_TTL).build());
	}

}
