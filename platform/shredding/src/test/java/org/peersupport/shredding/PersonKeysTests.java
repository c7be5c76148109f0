package org.peersupport.shredding;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The envelope and the key rules without a database: the keyring is an in-memory map here
 * (the IT runs the real one).
 */
class PersonKeysTests {

	private final InMemoryKeyring keyring = new InMemoryKeyring();

	private final PersonKeys keys = new PersonKeys(this.keyring);

	@Test
	void aSealedValueOpensForItsPersonAndShowsNoneOfThePlainText() {
		String sealed = this.keys.seal("S-1", "Dana Doe <dana@example.org>");

		assertThat(sealed).startsWith("ps1:").doesNotContain("Dana", "dana@example.org");
		assertThat(Base64.getDecoder().decode(sealed.substring(4))).hasSize(12 + 27 + 16);
		assertThat(this.keys.open("S-1", sealed)).contains("Dana Doe <dana@example.org>");
		assertThat(this.keys.seal("S-1", "Dana Doe <dana@example.org>")).as("a fresh nonce each time")
			.isNotEqualTo(sealed);
	}

	@Test
	void anAlteredValueIsRefused() {
		String sealed = this.keys.seal("S-1", "Dana Doe");
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(4));
		bytes[bytes.length - 1] ^= 1;
		String altered = "ps1:" + Base64.getEncoder().encodeToString(bytes);

		assertThatThrownBy(() -> this.keys.open("S-1", altered)).isInstanceOf(SealRefusedException.class);
		assertThatThrownBy(() -> this.keys.open("S-1", sealed.substring(0, 20)))
			.isInstanceOf(SealRefusedException.class);
		assertThatThrownBy(() -> this.keys.open("S-1", "ps1:not base64!")).isInstanceOf(SealRefusedException.class);
		assertThatThrownBy(() -> this.keys.open("S-1", "ps2:" + sealed.substring(4)))
			.as("a later envelope version is refused, not read as plain text")
			.isInstanceOf(SealRefusedException.class);
	}

	@Test
	void aValueCopiedToAnotherPersonIsRefusedByTheirKeyAndTheirStaffId() {
		String danas = this.keys.seal("S-1", "Dana Doe");
		this.keys.seal("S-2", "Pat Peer");

		assertThatThrownBy(() -> this.keys.open("S-2", danas)).isInstanceOf(SealRefusedException.class);
		// Even with Dana's key, the staff id is the associated data: it must match too.
		byte[] danasKey = this.keyring.keyFor("S-1");
		assertThatThrownBy(() -> Envelope.open(danasKey, "S-2", danas)).isInstanceOf(SealRefusedException.class);
	}

	@Test
	void onceTheKeyIsDestroyedNothingOpensAndANewKeyOpensNothingOld() {
		String sealed = this.keys.seal("S-1", "Dana Doe");

		assertThat(this.keys.destroy("S-1")).isTrue();
		assertThat(this.keys.open("S-1", sealed)).isEmpty();
		assertThat(this.keys.opener(List.of("S-1")).open("S-1", sealed)).isEmpty();
		assertThat(this.keys.destroy("S-1")).as("already gone").isFalse();
	}

	@Test
	void plainTextFromBeforeSealingReadsAsItIsAndNullStaysNull() {
		assertThat(this.keys.open("S-1", "Dana Doe")).contains("Dana Doe");
		assertThat(this.keys.open("S-1", null)).isEmpty();
		assertThat(this.keys.seal("S-1", null)).isNull();
		assertThat(this.keyring.keys).as("no key is made for nothing to seal").isEmpty();
		String sealed = this.keys.seal("S-1", "Dana Doe");
		assertThat(this.keys.seal("S-1", sealed)).as("never sealed twice").isEqualTo(sealed);
	}

	@Test
	void sealingIfKeyedNeverMakesAKeySoAReplayedEntryOfSomeoneErasedStaysUnsealed() {
		assertThat(this.keys.sealIfKeyed("S-1", "Dana Doe")).as("never keyed").isEmpty();
		assertThat(this.keyring.keys).as("no key made").isEmpty();

		String first = this.keys.seal("S-1", "Dana Doe");
		String sealed = this.keys.sealIfKeyed("S-1", "Dana Doe").orElseThrow();
		assertThat(sealed).startsWith("ps1:").doesNotContain("Dana");
		assertThat(this.keys.open("S-1", sealed)).contains("Dana Doe");
		assertThat(this.keys.sealIfKeyed("S-1", first)).as("already sealed: as it is").contains(first);
		assertThat(this.keys.sealIfKeyed("S-1", null)).isEmpty();

		this.keys.destroy("S-1");
		assertThat(this.keys.sealIfKeyed("S-1", "Dana Doe")).as("erased").isEmpty();
		assertThat(this.keyring.keys).as("the erased person's key is not recreated").isEmpty();
	}

	@Test
	void anOpenerOpensManyPeopleWithOneLookUp() {
		String dana = this.keys.seal("S-1", "Dana Doe");
		String pat = this.keys.seal("S-2", "Pat Peer");
		this.keyring.lookUps = 0;

		PersonKeys.Opener opener = this.keys.opener(List.of("S-1", "S-2", "S-3"));

		assertThat(opener.open("S-1", dana)).contains("Dana Doe");
		assertThat(opener.open("S-2", pat)).contains("Pat Peer");
		assertThat(opener.open("S-3", "Old Plain")).contains("Old Plain");
		assertThat(this.keyring.lookUps).isEqualTo(1);
		assertThatThrownBy(() -> opener.open("S-2", dana)).isInstanceOf(SealRefusedException.class);
	}

	@Test
	void nonAsciiNamesSurvive() {
		String name = "Zoë Ångström-Nguyễn 김";
		assertThat(this.keys.open("S-1", this.keys.seal("S-1", name))).contains(name);
		assertThat(name.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(name.length());
	}

	/** The keyring's contract in memory. */
	static final class InMemoryKeyring extends Keyring {

		final Map<String, byte[]> keys = new HashMap<>();

		int lookUps;

		InMemoryKeyring() {
			super(null, Clock.systemUTC());
		}

		@Override
		Optional<byte[]> keyOf(String staffId) {
			this.lookUps++;
			return Optional.ofNullable(this.keys.get(staffId));
		}

		@Override
		byte[] keyFor(String staffId) {
			return this.keys.computeIfAbsent(staffId, (id) -> new java.security.SecureRandom().generateSeed(32));
		}

		@Override
		Map<String, byte[]> keysOf(Collection<String> staffIds) {
			this.lookUps++;
			Map<String, byte[]> found = new HashMap<>(this.keys);
			found.keySet().retainAll(staffIds);
			return found;
		}

		@Override
		boolean destroy(String staffId) {
			return this.keys.remove(staffId) != null;
		}

	}

}
