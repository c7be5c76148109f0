package org.peersupport.shredding;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sealed text format, version 1: {@code ps1:} followed by standard Base64 (with
 * padding) of a 96-bit random nonce, then the AES-256-GCM ciphertext with its 128-bit
 * tag. The staff id is the associated data, so a value copied onto another person's
 * record does not open there. Nothing here is new cryptography: it is the JDK's GCM, used
 * as NIST SP 800-38D describes, with a fresh random nonce per value (a person's key seals
 * a handful of values, far below the 2^32 random-nonce limit).
 */
final class Envelope {

	static final String PREFIX = "ps1:";

	/**
	 * Any version of the envelope, so that one from a later version is refused, not read
	 * as plain text.
	 */
	private static final Pattern VERSIONED = Pattern.compile("^ps\\d+:");

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Envelope() {
	}

	static boolean isSealed(String value) {
		return value != null && VERSIONED.matcher(value).find();
	}

	static String seal(byte[] key, String staffId, String plaintext) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, staffId);
			byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array();
			return PREFIX + Base64.getEncoder().encodeToString(sealed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-256-GCM is not available in this JVM", ex);
		}
	}

	static String open(byte[] key, String staffId, String sealed) {
		if (!sealed.startsWith(PREFIX)) {
			throw new SealRefusedException("not a version 1 sealed value", null);
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new SealRefusedException("sealed value is not Base64", ex);
		}
		if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new SealRefusedException("sealed value is too short", null);
		}
		try {
			byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, staffId);
			byte[] plaintext = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
			return new String(plaintext, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			// AEADBadTagException: altered, or sealed for someone else (key or staff id).
			throw new SealRefusedException("sealed value does not open for this person", ex);
		}
	}

	private static Cipher cipher(int mode, byte[] key, byte[] nonce, String staffId) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(TRANSFORMATION);
		cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(staffId.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

}
