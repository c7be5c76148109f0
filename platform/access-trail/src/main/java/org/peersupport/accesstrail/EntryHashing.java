package org.peersupport.accesstrail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two digests behind the trail. An entry's hash is plain SHA-256, so anyone holding
 * an export of the rows can check the chain without a secret; the identifiable values
 * (subject, staff id, resource id, client address) enter it only through a keyed digest
 * (HMAC-SHA256), stored beside them. Pseudonymizing an entry replaces the clear values
 * and keeps the digest, so the chain still verifies; without the key the digest does not
 * give the staff id back, where an unkeyed one would to anyone trying the few thousand
 * staff ids there are.
 */
public final class EntryHashing {

	/** The previous hash of the first entry. */
	public static final String GENESIS = "0".repeat(64);

	private static final HexFormat HEX = HexFormat.of();

	private final SecretKeySpec key;

	EntryHashing(String key) {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("peersupport.access-trail.digest-key must be set");
		}
		this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** The keyed digest of an entry's identifiable values. */
	String identityDigest(AccessEntry entry) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return HEX.formatHex(mac.doFinal(
					canonical(entry.actorSubject(), entry.actorStaffId(), entry.resourceId(), entry.clientAddress())
						.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/**
	 * SHA-256 over the previous hash and every value of the entry that is not
	 * identifiable, with the identity digest standing for those that are.
	 */
	static String entryHash(String previousHash, long seq, String service, AccessEntry entry, String identityDigest) {
		String content = canonical(previousHash, seq, entry.recordedAt(), service, entry.actorRoles(), entry.purpose(),
				entry.action(), entry.route(), entry.resourceType(), entry.outcome(), identityDigest);
		try {
			return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * Each value length-prefixed ({@code 3:abc;}, null as {@code -:;}), so no two
	 * different entries read the same.
	 */
	static String canonical(Object... values) {
		StringBuilder text = new StringBuilder();
		for (Object value : values) {
			if (value == null) {
				text.append("-:;");
			}
			else {
				String string = value.toString();
				text.append(string.length()).append(':').append(string).append(';');
			}
		}
		return text.toString();
	}

}
