package org.peersupport.outreach.owncopy;

import java.time.Clock;

import reactor.core.publisher.Mono;

import org.peersupport.security.ActorAuthentication;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The signed-in person's own access token, to relay to the services whose sections a copy
 * reads: a bearer caller's token as it came; a page's session's token from Spring
 * Security's authorized client manager, which keeps the token the identity provider
 * issued at sign-in (and refreshes it where the provider gives refresh tokens). Every
 * platform token names the platform's audience and issuer, so each service accepts it as
 * it accepts the person's own calls.
 */
@Component
public class PersonTokens {

	private final ObjectProvider<ReactiveClientRegistrationRepository> registrations;

	private final ObjectProvider<ServerOAuth2AuthorizedClientRepository> authorizedClients;

	private final Clock clock;

	private volatile ReactiveOAuth2AuthorizedClientManager manager;

	PersonTokens(ObjectProvider<ReactiveClientRegistrationRepository> registrations,
			ObjectProvider<ServerOAuth2AuthorizedClientRepository> authorizedClients, Clock clock) {
		this.registrations = registrations;
		this.authorizedClients = authorizedClients;
		this.clock = clock;
	}

	/**
	 * The caller's access token. A page session whose token is missing or expired fails
	 * with {@link SignInAgain}, so the page can send the person to sign in again.
	 */
	public Mono<String> of(ServerWebExchange exchange) {
		return exchange.getPrincipal().flatMap((principal) -> {
			if (principal instanceof ActorAuthentication bearer) {
				return Mono.just(bearer.getToken().getTokenValue());
			}
			if (principal instanceof OAuth2AuthenticationToken session) {
				return session(session, exchange);
			}
			return Mono.error(new AccessDeniedException("no access token of the caller's own to relay"));
		});
	}

	private Mono<String> session(OAuth2AuthenticationToken session, ServerWebExchange exchange) {
		String registration = session.getAuthorizedClientRegistrationId();
		return manager()
			.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(registration)
				.principal(session)
				.attribute(ServerWebExchange.class.getName(), exchange)
				.build())
			.onErrorMap(ClientAuthorizationRequiredException.class, (ex) -> new SignInAgain(registration))
			.switchIfEmpty(Mono.error(() -> new SignInAgain(registration)))
			.flatMap((client) -> fresh(client, registration));
	}

	private Mono<String> fresh(OAuth2AuthorizedClient client, String registration) {
		java.time.Instant expires = client.getAccessToken().getExpiresAt();
		if (expires != null && !expires.isAfter(this.clock.instant())) {
			return Mono.error(new SignInAgain(registration));
		}
		return Mono.just(client.getAccessToken().getTokenValue());
	}

	private ReactiveOAuth2AuthorizedClientManager manager() {
		ReactiveOAuth2AuthorizedClientManager known = this.manager;
		if (known == null) {
			DefaultReactiveOAuth2AuthorizedClientManager created = new DefaultReactiveOAuth2AuthorizedClientManager(
					this.registrations.getObject(), this.authorizedClients.getObject());
			created.setAuthorizedClientProvider(
					ReactiveOAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
			this.manager = created;
			known = created;
		}
		return known;
	}

	/** The session holds no usable token: the person signs in again for a fresh one. */
	public static final class SignInAgain extends RuntimeException {

		private final String registration;

		SignInAgain(String registration) {
			super("the session's access token is missing or expired");
			this.registration = registration;
		}

		/** Where the page sends the person to sign in again. */
		public String signInPath() {
			return "/oauth2/authorization/" + this.registration;
		}

	}

}
