package org.peersupport.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;

/**
 * Sign-in for the pages a service serves (the supporter portal, the dashboard): OIDC
 * authorization code with PKCE against the same identity provider, a session cookie, and
 * sign-out at the provider too. Switched on by configuring a client registration
 * ({@code spring.security.oauth2.client.registration.*}); a service without pages has
 * none and answers only bearer tokens.
 */
final class PageSignIn {

	private static final Logger log = LoggerFactory.getLogger(PageSignIn.class);

	private PageSignIn() {
	}

	static void configure(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
			ActorClaims claims, ServerAuthenticationEntryPoint apiEntryPoint) {
		String registrationId = firstRegistration(registrations);
		MediaTypeServerWebExchangeMatcher pages = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
		pages.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
		DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
				new DelegatingServerAuthenticationEntryPoint.DelegateEntry(pages,
						new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/" + registrationId)));
		entryPoint.setDefaultEntryPoint(apiEntryPoint);
		OidcClientInitiatedServerLogoutSuccessHandler signedOut = new OidcClientInitiatedServerLogoutSuccessHandler(
				registrations);
		signedOut.setPostLogoutRedirectUri("{baseUrl}/signed-out");
		http.oauth2Login(
				(login) -> login.authenticationSuccessHandler(signedIn()).authenticationFailureHandler(signInFailed()))
			.logout((logout) -> logout.logoutSuccessHandler(signedOut))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(entryPoint));
	}

	/** Maps the signed-in person's claims to the platform's roles, as for tokens. */
	static ReactiveOAuth2UserService<OidcUserRequest, OidcUser> users(ActorClaims claims) {
		OidcReactiveOAuth2UserService delegate = new OidcReactiveOAuth2UserService();
		return (request) -> delegate.loadUser(request).map((user) -> {
			Actor actor = claims.actor(user.getSubject(), user.getClaims());
			return new DefaultOidcUser(ActorAuthentication.authorities(actor), user.getIdToken(), user.getUserInfo());
		});
	}

	private static ServerAuthenticationSuccessHandler signedIn() {
		RedirectServerAuthenticationSuccessHandler redirect = new RedirectServerAuthenticationSuccessHandler();
		return (exchange, authentication) -> {
			log.info("sign-in succeeded for subject {}", LogPseudonyms.of(authentication.getName()));
			return redirect.onAuthenticationSuccess(exchange, authentication);
		};
	}

	private static ServerAuthenticationFailureHandler signInFailed() {
		return (exchange, ex) -> {
			log.warn("sign-in failed: {}", ex.getClass().getSimpleName());
			return RefusedRequests.write(exchange.getExchange().getResponse(),
					org.springframework.http.HttpStatus.UNAUTHORIZED, "sign-in-failed", "Sign-in failed",
					"Signing in with the identity provider did not succeed. Please try again.");
		};
	}

	private static String firstRegistration(ReactiveClientRegistrationRepository registrations) {
		if (registrations instanceof InMemoryReactiveClientRegistrationRepository memory) {
			for (ClientRegistration registration : memory) {
				return registration.getRegistrationId();
			}
		}
		return "peersupport";
	}

}
