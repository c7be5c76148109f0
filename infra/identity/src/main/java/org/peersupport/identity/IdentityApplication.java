package org.peersupport.identity;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The demo identity provider's own Spring application: a servlet one, in a JVM whose
 * classpath also holds the services (WebFlux, JDBC, Kafka, their auto-configuration). So
 * it enables no auto-configuration by classpath scan: it imports the few it needs, by
 * name, and nothing the services bring can reach it.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
		DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
		HttpEncodingAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
		JacksonAutoConfiguration.class, SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class })
@EnableWebSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityApplication {

	/**
	 * The protocol endpoints: authorize, token, JWK set, discovery, user info, logout.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain authorizationServer(HttpSecurity http, AuthorizationServerSettings settings,
			ClientAssertions clientAssertions) throws Exception {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc((oidc) -> oidc.userInfoEndpoint((userInfo) -> userInfo.userInfoMapper(TokenClaims::userInfo)));
			server.clientAuthentication((clients) -> clients.authenticationProviders(clientAssertions.configure()));
		})
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			// A browser that is not signed in yet goes to the login form; so does any
			// caller of the authorization endpoint, whatever it accepts. Only a person's
			// browser comes there, and plain HTTP clients (curl, java.net.http) do not
			// ask for text/html.
			.exceptionHandling((handling) -> handling.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new OrRequestMatcher(pages(),
							PathPatternRequestMatcher.withDefaults().matcher(settings.getAuthorizationEndpoint()))));
		return http.build();
	}

	/** Everything else: Spring Security's standard login form. */
	@Bean
	@Order(2)
	SecurityFilterChain signIn(HttpSecurity http, SignInLog signIns) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/error").permitAll().anyRequest().authenticated())
			.formLogin((form) -> form.successHandler(signIns.succeeded()).failureHandler(signIns.failed()));
		return http.build();
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
		// Explicit: the issuer must be what the services are configured with, whichever
		// host name a request came in on.
		return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
	}

	@Bean
	RegisteredClientRepository registeredClients(IdentityProperties properties) {
		return DemoClients.repository(properties);
	}

	/**
	 * The checks on a risk system's {@code private_key_jwt} assertions, with the
	 * {@code jti}s seen: one cache per server, whichever endpoint a client authenticates
	 * at.
	 */
	@Bean
	ClientAssertions clientAssertions() {
		Clock clock = Clock.systemUTC();
		return new ClientAssertions(new AssertionReplayCache(AssertionReplayCache.DEFAULT_CAPACITY, clock), clock);
	}

	@Bean
	DemoUsers demoUsers(DemoDirectory directory) {
		return new DemoUsers(directory);
	}

	@Bean
	TokenClaims tokenClaims(DemoUsers users) {
		return new TokenClaims(users);
	}

	@Bean
	SignInLog signInLog(DemoUsers users) {
		return new SignInLog(users);
	}

	@Bean
	JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
		return new ImmutableJWKSet<>(new JWKSet(SigningKey.load(properties.dataDir())));
	}

	/**
	 * Checks the access tokens that come back to the user info endpoint: this issuer's,
	 * typed {@code at+jwt}, so an id token is not taken for one. (Spring's default
	 * accepts only {@code typ} JWT.)
	 */
	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, IdentityProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
				new JwtIssuerValidator(properties.issuer()), new JwtTypeValidator(List.of("at+jwt"))));
		return decoder;
	}

	private static MediaTypeRequestMatcher pages() {
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return html;
	}

}
