package org.peersupport.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoggedPathsTests {

	@Test
	void anApiPathIsShownUpToItsCollection() {
		assertThat(LoggedPaths.collection("/api/v1/supporters/C-10/offers")).isEqualTo("/api/v1/supporters/…");
		assertThat(LoggedPaths.collection("/api/v1/clinicians/C-10/match-preferences"))
			.isEqualTo("/api/v1/clinicians/…");
		assertThat(LoggedPaths.collection("/api/v1/crises")).isEqualTo("/api/v1/crises");
	}

	@Test
	void anyOtherPathIsShownByItsFirstSegmentOnly() {
		assertThat(LoggedPaths.collection("/portal/C-10")).isEqualTo("/portal/…");
		assertThat(LoggedPaths.collection("/C-10")).isEqualTo("/…");
		assertThat(LoggedPaths.collection("/api/v1/C-10")).isEqualTo("/api/v1/…");
		assertThat(LoggedPaths.collection("/actuator/health")).isEqualTo("/actuator/…");
		assertThat(LoggedPaths.collection("/")).isEqualTo("/");
	}

}
