package org.peersupport.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one way a log line tells a person apart: a short keyed pseudonym (the first six
 * bytes of an HMAC-SHA256, in hex). A plain hash of a staff id would not do: staff ids
 * are few and guessable, so anyone with the log could hash them all and read it back. The
 * key is the setting {@value #KEY_SETTING} (a system property, or the environment
 * variable {@code PEERSUPPORT_LOGGING_PSEUDONYM_KEY}); every process that should log the
 * same pseudonym for the same person is given the same key. Without one, each JVM draws a
 * random key, so its pseudonyms cannot be linked to anyone once it has stopped.
 */
public final class LogPseudonyms {

	/** The setting that holds the key. */
	public static final String KEY_SETTING = "peersupport.logging.pseudonym-key";

	private static final byte[] KEY = key();

	private LogPseudonyms() {
	}

	/** The pseudonym of {@code subject} (a staff id, a token's subject, a user name). */
	public static String of(String subject) {
		return of(subject, KEY);
	}

	static String of(String subject, byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] key() {
		String configured = System.getProperty(KEY_SETTING, System.getenv("PEERSUPPORT_LOGGING_PSEUDONYM_KEY"));
		if (configured != null && !configured.isBlank()) {
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return random;
	}

}
