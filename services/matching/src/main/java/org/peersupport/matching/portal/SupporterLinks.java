package org.peersupport.matching.portal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Makes and checks the signed links that e-mails carry (accept and decline for one
 * offer), and the plain link to a supporter's portal, which asks them to sign in.
 */
@Component
@EnableConfigurationProperties(LinkProperties.class)
public class SupporterLinks {

	private static final Logger log = LoggerFactory.getLogger(SupporterLinks.class);

	private final LinkProperties properties;

	private final LinkSignature signature;

	private final Environment environment;

	private final Clock clock;

	SupporterLinks(LinkProperties properties, Environment environment, Clock clock) {
		this.properties = properties;
		this.environment = environment;
		this.clock = clock;
		this.signature = new LinkSignature(secret(properties), clock);
	}

	/**
	 * A link that shows a confirmation page for accepting or declining one offer. It
	 * stops working when the offer does (the case's window leaves no longer), and never
	 * later than the configured {@code offer-ttl}.
	 * @param offerId the offer
	 * @param action {@link LinkAction#ACCEPT} or {@link LinkAction#DECLINE}
	 * @param offerExpiresAt when the offer expires, or null if it has no expiry
	 */
	public SignedLink offer(UUID offerId, LinkAction action, Instant offerExpiresAt) {
		Instant expires = this.clock.instant().plus(this.properties.offerTtl());
		if (offerExpiresAt != null && offerExpiresAt.isBefore(expires)) {
			expires = offerExpiresAt;
		}
		return link("/offers/" + offerId + "/" + action.path(), offerId.toString(), action, expires);
	}

	/**
	 * The address of one supporter's portal. It carries no credential: whoever opens it
	 * signs in, and sees it only if they are that supporter.
	 */
	public String portal(String supporterId) {
		return UriComponentsBuilder.fromUriString(baseUrl())
			.path("/portal/{supporterId}")
			.encode()
			.buildAndExpand(supporterId)
			.toUriString();
	}

	/**
	 * @throws InvalidLinkException when the link is malformed, forged or expired
	 */
	void verify(String subject, LinkAction action, String expires, String signature) {
		this.signature.verify(subject, action, expires, signature);
	}

	private SignedLink link(String path, String subject, LinkAction action, Instant expires) {
		String url = UriComponentsBuilder.fromUriString(baseUrl())
			.path(path)
			.queryParam("expires", expires.getEpochSecond())
			.queryParam("signature", this.signature.sign(subject, action, expires))
			.encode()
			.build()
			.toUriString();
		return new SignedLink(url, expires);
	}

	private String baseUrl() {
		if (this.properties.baseUrl() != null && !this.properties.baseUrl().isBlank()) {
			return this.properties.baseUrl();
		}
		// Read when a link is made: the port is known only once the server runs.
		return "http://localhost:" + this.environment.getProperty("local.server.port", "8083");
	}

	private static byte[] secret(LinkProperties properties) {
		if (properties.secret() != null && !properties.secret().isBlank()) {
			return properties.secret().getBytes(StandardCharsets.UTF_8);
		}
		log.warn("peersupport.links.secret is not set: using a random key, so links in e-mails sent before a "
				+ "restart will stop working. Set it (32 bytes or more) in production.");
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return random;
	}

	/**
	 * A signed link.
	 *
	 * @param url the absolute URL
	 * @param expires when it stops working
	 */
	public record SignedLink(String url, Instant expires) {
	}

}
