package org.peersupport.matching.portal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.peersupport.matching.portal.InvalidLinkException.Reason;

/**
 * HMAC-SHA256 over (subject, action, expiry). A link is a bearer credential: whoever
 * holds it may do exactly that one action on exactly that subject until it expires, and
 * changing any of the three breaks the signature.
 */
final class LinkSignature {

	private static final String ALGORITHM = "HmacSHA256";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecretKeySpec key;

	private final Clock clock;

	LinkSignature(byte[] secret, Clock clock) {
		if (secret.length < 32) {
			throw new IllegalArgumentException("the link secret must have at least 32 bytes");
		}
		this.key = new SecretKeySpec(secret, ALGORITHM);
		this.clock = clock;
	}

	String sign(String subject, LinkAction action, Instant expires) {
		return ENCODER.encodeToString(mac(subject, action, expires.getEpochSecond()));
	}

	/**
	 * Checks a link's expiry parameter and signature.
	 * @throws InvalidLinkException when the link is malformed, forged or expired
	 */
	void verify(String subject, LinkAction action, String expires, String signature) {
		if (subject == null || expires == null || signature == null) {
			throw new InvalidLinkException(Reason.MALFORMED);
		}
		long expiresAt;
		byte[] given;
		try {
			expiresAt = Long.parseLong(expires);
			given = DECODER.decode(signature);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidLinkException(Reason.MALFORMED);
		}
		// Constant time, so the response time says nothing about how much of a guess
		// matched.
		if (!MessageDigest.isEqual(mac(subject, action, expiresAt), given)) {
			throw new InvalidLinkException(Reason.FORGED);
		}
		if (!this.clock.instant().isBefore(Instant.ofEpochSecond(expiresAt))) {
			throw new InvalidLinkException(Reason.EXPIRED);
		}
	}

	private byte[] mac(String subject, LinkAction action, long expiresAt) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			// Length-prefixed, so no choice of subject can make two different links sign
			// the same bytes.
			String message = "v1|" + subject.length() + ":" + subject + "|" + action.name() + "|" + expiresAt;
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
