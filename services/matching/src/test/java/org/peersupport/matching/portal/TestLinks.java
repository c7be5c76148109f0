package org.peersupport.matching.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Genuinely signed links that have already expired, and portal links as e-mails carried
 * them before the portal needed sign-in, for tests from other packages.
 */
public final class TestLinks {

	private TestLinks() {
	}

	/**
	 * @param secret the secret the service under test uses
	 * @param path such as {@code /offers/ID/accept} or {@code /portal/P-1}
	 * @param subject the offer id or supporter id
	 * @param action accept or decline
	 */
	public static String expired(String secret, String path, String subject, String action) {
		Instant expired = Instant.now().minusSeconds(60);
		LinkSignature signature = new LinkSignature(secret.getBytes(StandardCharsets.UTF_8),
				Clock.fixed(expired.minusSeconds(3600), ZoneOffset.UTC));
		LinkAction linkAction = LinkAction.valueOf(action.toUpperCase(Locale.ROOT));
		return path + "?expires=" + expired.getEpochSecond() + "&signature="
				+ signature.sign(subject, linkAction, expired);
	}

	/**
	 * A portal link with a valid signature, as e-mails carried it when the signature
	 * alone opened the portal (the same HMAC over supporter, {@code PORTAL} and expiry).
	 * @param secret the secret the service under test uses
	 * @param supporterId whose portal
	 */
	public static String legacyPortal(String secret, String supporterId) {
		long expires = Instant.now().plus(Duration.ofDays(14)).getEpochSecond();
		String message = "v1|" + supporterId.length() + ":" + supporterId + "|PORTAL|" + expires;
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			String signature = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
			return "/portal/" + supporterId + "?expires=" + expires + "&signature=" + signature;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
