package org.peersupport.security;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/**
 * Every service is an OAuth2 resource server of one configured identity provider, and
 * refuses by default: only health and info are open, and a route answers a caller only
 * when the service's {@link AccessRules} name it.
 */
@AutoConfiguration(
		afterName = "org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientAutoConfiguration",
		beforeName = {
				"org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
				"org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
				"org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
				"org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientWebSecurityAutoConfiguration",
				"org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
@Import(ObjectAccessRefusals.class)
public class PlatformSecurityAutoConfiguration {

	/**
	 * What the pages may load: their own scripts and styles, nothing framed, no referrer.
	 * Forms post to the page's own origin, and to the identity provider: browsers apply
	 * {@code form-action} to the redirect after a post too, and signing out redirects
	 * there.
	 */
	static String contentSecurityPolicy(SecurityProperties properties) {
		String identityProvider = properties.issuerOrigin();
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
				+ "frame-ancestors 'none'; form-action 'self' " + identityProvider
				+ "; base-uri 'none'; object-src 'none'";
	}

	/**
	 * The firewall's refusals (an encoded slash, percent or semicolon, a backslash, a
	 * control character, an empty segment) as problem documents, like every other 4xx.
	 */
	@Bean
	ServerExchangeRejectedHandler problemDocumentRejections() {
		return new RefusedRequests();
	}

	@Bean
	ActorClaims actorClaims(SecurityProperties properties) {
		return new ActorClaims(properties);
	}

	@Bean
	ReactiveJwtDecoder platformJwtDecoder(SecurityProperties properties) {
		return TokenDecoding.decoder(properties);
	}

	@Bean
	ReactiveOAuth2UserService<OidcUserRequest, OidcUser> platformOidcUsers(ActorClaims claims) {
		return PageSignIn.users(claims);
	}

	@Bean
	WebFluxConfigurer actorArguments(ActorClaims claims) {
		return new WebFluxConfigurer() {
			@Override
			public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
				configurer.addCustomResolver(new ActorArgumentResolver(claims));
			}
		};
	}

	/** The page people land on after signing out; only services with pages have it. */
	@Bean
	@ConditionalOnBean(ReactiveClientRegistrationRepository.class)
	RouterFunction<ServerResponse> signedOutPage() {
		return SignedOutPage.route();
	}

	@Bean
	SecurityWebFilterChain platformSecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder, ActorClaims claims,
			SecurityProperties properties, ObjectProvider<AccessRules> rules,
			ObjectProvider<ReactiveClientRegistrationRepository> registrations) {
		RefusedRequests refused = new RefusedRequests();
		List<AccessRules> serviceRules = rules.orderedStream().toList();
		http.authorizeExchange((exchanges) -> {
			exchanges.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll();
			exchanges.pathMatchers("/actuator/**").hasRole(Role.OPERATOR.name());
			exchanges.pathMatchers(HttpMethod.GET, SignedOutPage.PATH).permitAll();
			serviceRules.forEach((rule) -> rule.apply(exchanges));
			exchanges.anyExchange().denyAll();
		})
			.oauth2ResourceServer((server) -> server
				.bearerTokenConverter(new BoundedBearerTokens(properties.maxTokenLength()))
				.jwt((jwt) -> jwt.jwtDecoder(decoder)
					.jwtAuthenticationConverter((token) -> Mono
						.just(new ActorAuthentication(token, claims.actor(token.getSubject(), token.getClaims())))))
				.authenticationEntryPoint(refused)
				.accessDeniedHandler(refused))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(refused).accessDeniedHandler(refused))
			// No other origin is allowed: a request from another site's page is refused
			// (403); the pages the services serve only ever call their own origin. A
			// browser sends "Origin: null" on a same-origin form post from a page with
			// Referrer-Policy no-referrer (ours), so that is left to the CSRF token.
			.cors((cors) -> cors
				.configurationSource((exchange) -> "null".equals(exchange.getRequest().getHeaders().getOrigin()) ? null
						: new CorsConfiguration()))
			// After authentication and before authorization: a refused caller is still
			// named.
			.addFilterAfter(new RequestActor(claims), SecurityWebFiltersOrder.AUTHENTICATION)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.csrf((csrf) -> csrf.requireCsrfProtectionMatcher(sessionFormPosts())
				.csrfTokenRequestHandler(formAndUploadTokens()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy(properties)))
				.frameOptions((frames) -> frames.mode(Mode.DENY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		ReactiveClientRegistrationRepository pages = registrations.getIfAvailable();
		if (pages != null) {
			PageSignIn.configure(http, pages, claims, refused);
		}
		else {
			http.logout(ServerHttpSecurity.LogoutSpec::disable);
		}
		return http.build();
	}

	/**
	 * The CSRF token of a form post is read from its fields, in an upload form
	 * ({@code multipart/form-data}, the console's roster file) as much as in a plain one.
	 */
	static XorServerCsrfTokenRequestAttributeHandler formAndUploadTokens() {
		XorServerCsrfTokenRequestAttributeHandler handler = new XorServerCsrfTokenRequestAttributeHandler();
		handler.setTokenFromMultipartDataEnabled(true);
		return handler;
	}

	/**
	 * CSRF tokens protect what a browser's cookie authenticates: a form post in a
	 * signed-in session. A bearer token is never sent by a browser on its own, and a
	 * signed link carries its own credential, so neither needs one.
	 */
	static ServerWebExchangeMatcher sessionFormPosts() {
		return (exchange) -> {
			HttpMethod method = exchange.getRequest().getMethod();
			boolean safe = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)
					|| HttpMethod.OPTIONS.equals(method) || HttpMethod.TRACE.equals(method);
			String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
			boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
			boolean session = !exchange.getRequest().getCookies().isEmpty();
			return (!safe && !bearer && session) ? MatchResult.match() : MatchResult.notMatch();
		};
	}

}
