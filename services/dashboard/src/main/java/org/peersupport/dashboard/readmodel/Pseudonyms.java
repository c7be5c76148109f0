package org.peersupport.dashboard.readmodel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Turns a staff id into a keyed pseudonym (HMAC-SHA-256 under the current
 * {@link PseudonymKey}), so the read models can count distinct people for small-cell
 * suppression without holding anyone's staff id. Without the key the pseudonym cannot be
 * recomputed from a staff id list, and once the key is rotated not even with it.
 */
@Component
class Pseudonyms {

	/** 22 base64url characters: 132 bits of the digest. */
	private static final int LENGTH = 22;

	private final PseudonymKey key;

	Pseudonyms(PseudonymKey key) {
		this.key = key;
	}

	/** Within the caller's transaction (the key is share-locked until it commits). */
	public String of(String staffId) {
		if (staffId == null) {
			return null;
		}
		return of(this.key.current(), staffId);
	}

	/** The pseudonym of a staff id under one secret. */
	static String of(byte[] secret, String staffId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return encode(mac.doFinal(staffId.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * A pseudonym that belongs to nobody's staff id under any key, in the same form as
	 * the others (an erased person's rows are given one).
	 */
	String unlinkable() {
		return encode(this.key.randomBytes(32));
	}

	private static String encode(byte[] digest) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, LENGTH);
	}

}
