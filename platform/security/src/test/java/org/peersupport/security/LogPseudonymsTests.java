package org.peersupport.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogPseudonymsTests {

	@Test
	void aPersonHasOneShortPseudonymThatIsNotTheirId() {
		assertThat(LogPseudonyms.of("C-10")).isEqualTo(LogPseudonyms.of("C-10"))
			.matches("[0-9a-f]{12}")
			.isNotEqualTo(LogPseudonyms.of("C-100"))
			.doesNotContain("C-10");
	}

	@Test
	void withoutTheKeyNobodyCanHashEveryStaffIdAndReadThePseudonymBack() throws Exception {
		byte[] plain = MessageDigest.getInstance("SHA-256").digest("C-10".getBytes(StandardCharsets.UTF_8));
		assertThat(LogPseudonyms.of("C-10")).isNotEqualTo(HexFormat.of().formatHex(plain, 0, 6));
		byte[] one = "one key".getBytes(StandardCharsets.UTF_8);
		byte[] other = "another key".getBytes(StandardCharsets.UTF_8);
		assertThat(LogPseudonyms.of("C-10", one)).isEqualTo(LogPseudonyms.of("C-10", one))
			.isNotEqualTo(LogPseudonyms.of("C-10", other));
	}

}
