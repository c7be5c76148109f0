package org.peersupport.matching.portal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/** Genuinely signed links that have already expired, for tests from other packages. */
public final class TestLinks {

	private TestLinks() {
	}

	/**
	 * @param secret the secret the service under test uses
	 * @param path such as {@code /offers/ID/accept} or {@code /portal/P-1}
	 * @param subject the offer id or supporter id
	 * @param action accept, decline or portal
	 */
	public static String expired(String secret, String path, String subject, String action) {
		Instant expired = Instant.now().minusSeconds(60);
		LinkSignature signature = new LinkSignature(secret.getBytes(StandardCharsets.UTF_8),
				Clock.fixed(expired.minusSeconds(3600), ZoneOffset.UTC));
		LinkAction linkAction = LinkAction.valueOf(action.toUpperCase(Locale.ROOT));
		return path + "?expires=" + expired.getEpochSecond() + "&signature="
				+ signature.sign(subject, linkAction, expired);
	}

}
