package org.peersupport.matching.portal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.peersupport.matching.portal.InvalidLinkException.Reason;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LinkSignatureTests {

	private static final byte[] SECRET = "a-test-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8);

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private static final Instant EXPIRES = NOW.plus(Duration.ofHours(48));

	private final LinkSignature links = new LinkSignature(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

	private final String offer = UUID.randomUUID().toString();

	@Test
	void aValidLinkIsAcceptedUntilJustBeforeItExpires() {
		String signature = this.links.sign(this.offer, LinkAction.ACCEPT, EXPIRES);
		assertThatCode(() -> this.links.verify(this.offer, LinkAction.ACCEPT, expires(EXPIRES), signature))
			.doesNotThrowAnyException();
		LinkSignature aSecondBefore = new LinkSignature(SECRET, Clock.fixed(EXPIRES.minusSeconds(1), ZoneOffset.UTC));
		assertThatCode(() -> aSecondBefore.verify(this.offer, LinkAction.ACCEPT, expires(EXPIRES), signature))
			.doesNotThrowAnyException();
	}

	@Test
	void anExpiredLinkIsRefusedAsExpired() {
		String signature = this.links.sign(this.offer, LinkAction.ACCEPT, EXPIRES);
		LinkSignature atExpiry = new LinkSignature(SECRET, Clock.fixed(EXPIRES, ZoneOffset.UTC));
		assertRefused(() -> atExpiry.verify(this.offer, LinkAction.ACCEPT, expires(EXPIRES), signature),
				Reason.EXPIRED);
	}

	@Test
	void extendingTheExpiryBreaksTheSignature() {
		String signature = this.links.sign(this.offer, LinkAction.ACCEPT, NOW.minusSeconds(60));
		assertRefused(() -> this.links.verify(this.offer, LinkAction.ACCEPT, expires(EXPIRES), signature),
				Reason.FORGED);
	}

	@Test
	void aLinkForOneActionDoesNotDoAnother() {
		String decline = this.links.sign(this.offer, LinkAction.DECLINE, EXPIRES);
		assertRefused(() -> this.links.verify(this.offer, LinkAction.ACCEPT, expires(EXPIRES), decline), Reason.FORGED);
	}

	@Test
	void aLinkForOneOfferDoesNotWorkForAnother() {
		String signature = this.links.sign(this.offer, LinkAction.ACCEPT, EXPIRES);
		assertRefused(
				() -> this.links.verify(UUID.randomUUID().toString(), LinkAction.ACCEPT, expires(EXPIRES), signature),
				Reason.FORGED);
	}

	@Test
	void aTamperedOrForeignSignatureIsRefused() {
		String signature = this.links.sign(this.offer, LinkAction.ACCEPT, EXPIRES);
		byte[] bytes = Base64.getUrlDecoder().decode(signature);
		bytes[0] ^= 1;
		String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		assertRefused(() -> this.links.verify(this.offer, LinkAction.ACCEPT, expires(EXPIRES), tampered),
				Reason.FORGED);
		LinkSignature otherKey = new LinkSignature(
				"another-secret-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8),
				Clock.fixed(NOW, ZoneOffset.UTC));
		String foreign = otherKey.sign(this.offer, LinkAction.ACCEPT, EXPIRES);
		assertRefused(() -> this.links.verify(this.offer, LinkAction.ACCEPT, expires(EXPIRES), foreign), Reason.FORGED);
		assertRefused(() -> this.links.verify(this.offer, LinkAction.ACCEPT, expires(EXPIRES), signature.substring(5)),
				Reason.FORGED);
	}

	@Test
	void missingOrUnreadableParametersAreMalformed() {
		String signature = this.links.sign(this.offer, LinkAction.ACCEPT, EXPIRES);
		assertRefused(() -> this.links.verify(this.offer, LinkAction.ACCEPT, null, signature), Reason.MALFORMED);
		assertRefused(() -> this.links.verify(this.offer, LinkAction.ACCEPT, expires(EXPIRES), null), Reason.MALFORMED);
		assertRefused(() -> this.links.verify(this.offer, LinkAction.ACCEPT, "tomorrow", signature), Reason.MALFORMED);
		assertRefused(() -> this.links.verify(this.offer, LinkAction.ACCEPT, expires(EXPIRES), "not base64!"),
				Reason.MALFORMED);
	}

	@Test
	void aShortSecretIsRefusedAtStartUp() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LinkSignature("short".getBytes(StandardCharsets.UTF_8), Clock.systemUTC()));
	}

	private static String expires(Instant at) {
		return Long.toString(at.getEpochSecond());
	}

	private static void assertRefused(Runnable verification, Reason reason) {
		assertThatExceptionOfType(InvalidLinkException.class).isThrownBy(verification::run)
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.reason()).isEqualTo(reason));
	}

}
