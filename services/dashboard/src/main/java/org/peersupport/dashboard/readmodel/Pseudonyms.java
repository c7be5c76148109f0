package org.peersupport.dashboard.readmodel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a staff id into a keyed pseudonym (HMAC-SHA-256), so the read models can count
 * distinct people for small-cell suppression without holding anyone's staff id. Without
 * the key the pseudonym cannot be recomputed from a staff id list.
 */
@Component
class Pseudonyms {

	private final SecretKeySpec key;

	Pseudonyms(@Value("${peersupport.dashboard.pseudonym-key}") String key) {
		this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	public String of(String staffId) {
		if (staffId == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] digest = mac.doFinal(staffId.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
