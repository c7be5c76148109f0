package org.peersupport.shredding;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Seals a person's name and contact details with their own data key, and destroys the key
 * when they leave or ask to be erased: every copy sealed with it, in Kafka's logs and in
 * backups, then stays unreadable (crypto-shredding). A value written before sealing began
 * (no {@code ps<n>:} prefix) reads as it is, so old rows and records keep working until
 * they are rewritten.
 */
public class PersonKeys {

	/** What a copy shows for a value whose key is destroyed. */
	public static final String SHREDDED = "shredded";

	private final Keyring keyring;

	PersonKeys(Keyring keyring) {
		this.keyring = keyring;
	}

	/** Whether a value is sealed (in any envelope version), rather than plain text. */
	public static boolean isSealed(String value) {
		return Envelope.isSealed(value);
	}

	/**
	 * The value sealed with the person's key, which is made if they have none; null stays
	 * null, and a value already sealed is returned as it is.
	 */
	public String seal(String staffId, String plaintext) {
		if (plaintext == null || isSealed(plaintext)) {
			return plaintext;
		}
		return Envelope.seal(this.keyring.keyFor(staffId), staffId, plaintext);
	}

	/**
	 * The value sealed with the person's key only if they already have one: empty when
	 * they have none (never made, or destroyed when they left or were erased) or the
	 * value is null. A reader of someone else's directory uses this rather than
	 * {@link #seal}: only the directory's owner makes keys, so a replayed old plain entry
	 * of a person already erased cannot make a key that nobody will ever destroy. A value
	 * already sealed is returned as it is.
	 */
	public Optional<String> sealIfKeyed(String staffId, String plaintext) {
		if (plaintext == null) {
			return Optional.empty();
		}
		if (isSealed(plaintext)) {
			return Optional.of(plaintext);
		}
		return this.keyring.keyOf(staffId).map((key) -> Envelope.seal(key, staffId, plaintext));
	}

	/**
	 * The plain text of a value: empty for null or once the person's key is destroyed; a
	 * value that was never sealed as it is.
	 * @throws SealRefusedException when the value was altered or sealed for someone else
	 */
	public Optional<String> open(String staffId, String value) {
		if (value == null) {
			return Optional.empty();
		}
		if (!isSealed(value)) {
			return Optional.of(value);
		}
		return this.keyring.keyOf(staffId).map((key) -> Envelope.open(key, staffId, value));
	}

	/**
	 * A value as its person's own copy shows it: the plain text, null for null, or
	 * {@value #SHREDDED} once their key is destroyed.
	 */
	public String shown(String staffId, String value) {
		return (value == null) ? null : open(staffId, value).orElse(SHREDDED);
	}

	/**
	 * Opens the values of many people with one look-up of their keys (a colleague search
	 * over the whole directory).
	 */
	public Opener opener(Collection<String> staffIds) {
		Map<String, byte[]> keys = this.keyring.keysOf(staffIds);
		return (staffId, value) -> {
			if (value == null) {
				return Optional.empty();
			}
			if (!isSealed(value)) {
				return Optional.of(value);
			}
			return Optional.ofNullable(keys.get(staffId)).map((key) -> Envelope.open(key, staffId, value));
		};
	}

	/**
	 * Destroys the person's key, in the caller's transaction.
	 * @return whether they had one
	 */
	public boolean destroy(String staffId) {
		return this.keyring.destroy(staffId);
	}

	/** Opens values of the people it was made for, as {@link PersonKeys#open} does. */
	@FunctionalInterface
	public interface Opener {

		Optional<String> open(String staffId, String value);

	}

}
