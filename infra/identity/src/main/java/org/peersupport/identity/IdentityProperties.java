package org.peersupport.identity;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo identity provider ({@code peersupport.identity.*}).
 *
 * @param issuer the issuer the tokens name; {@link DemoIdentityServer} sets it from the
 * port
 * @param dataDir where the signing key is kept; none means a new key each start
 * @param pageBaseUrls the services whose pages sign in here (dashboard, portal)
 * @param riskSystemJwksUrl the JWK set of the {@code demo-risk-system-jwt} client; unset,
 * that client is not registered
 */
@ConfigurationProperties("peersupport.identity")
record IdentityProperties(String issuer, Path dataDir, @DefaultValue( {
		"http://localhost:8080", "http://localhost:8083" }) List<String> pageBaseUrls, String riskSystemJwksUrl){

	IdentityProperties {
		pageBaseUrls = List.copyOf(pageBaseUrls);
	}

}
