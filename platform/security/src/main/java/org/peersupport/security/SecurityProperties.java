package org.peersupport.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service trusts the hospital's identity provider ({@code peersupport.security.*}).
 * Which claims carry the staff id, the roles and the facilities is configuration, so
 * Keycloak, Entra ID and Okta tokens all work.
 *
 * @param issuerUri the one issuer whose tokens are accepted (required); its discovery
 * document gives the JWK set unless {@code jwkSetUri} is set
 * @param jwkSetUri where the signing keys are, when discovery is not wanted
 * @param audiences the audiences of this platform: a token must name one of them
 * @param acceptedTypes the JOSE {@code typ} values accepted
 * @param clockSkew tolerance on {@code exp} and {@code nbf}
 * @param maxTokenLength longer bearer tokens are refused before they are parsed
 * @param claims which claims carry what
 * @param roleMapping claim values (roles, groups, or machine scopes) and the platform
 * role each stands for; every role's own name is always understood
 */
@ConfigurationProperties("peersupport.security")
public record SecurityProperties(String issuerUri, String jwkSetUri,
		@DefaultValue("peersupport") List<String> audiences, @DefaultValue( {
				"JWT", "at+jwt" }) List<String> acceptedTypes,
		@DefaultValue("30s") Duration clockSkew, @DefaultValue("16384") int maxTokenLength, @DefaultValue Claims claims,
		Map<String, Role> roleMapping){

	public SecurityProperties {
		roleMapping = (roleMapping != null) ? Map.copyOf(roleMapping) : Map.of();
	}

	/** The identity provider's origin ({@code scheme://host:port}), for page policies. */
	public String issuerOrigin() {
		java.net.URI issuer = java.net.URI.create(this.issuerUri);
		return issuer.getScheme() + "://" + issuer.getRawAuthority();
	}

	/**
	 * Claim names. A dotted name reads a nested claim, as Keycloak's
	 * {@code realm_access.roles}.
	 *
	 * @param staffId the member of staff's id in the directory
	 * @param roles role or group names (a list, or a space-separated string)
	 * @param facilities the facilities the caller is limited to
	 * @param scope a machine client's scopes
	 * @param clientId the client that holds the token
	 */
	public record Claims(@DefaultValue("staff_id") String staffId, @DefaultValue("roles") String roles,
			@DefaultValue("facilities") String facilities, @DefaultValue("scope") String scope,
			@DefaultValue("client_id") String clientId) {
	}

}
