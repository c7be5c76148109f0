package org.peersupport.referral;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access trail in a real service (platform/access-trail): a clinician's read of their
 * referrals is recorded with the token's subject, staff id and the service's clock, an
 * administrator refused the same records is recorded as a 403 against the staff id they
 * asked for, and the chain verifies.
 */
class ReferralAccessTrailIT extends ReferralServiceTest {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		infrastructure(registry, "referral-trail-" + UUID.randomUUID());
	}

	@Test
	void aReadIsRecordedWithTheTokensSubjectAndARefusalToo() {
		String owner = "OWNER-" + UUID.randomUUID();
		Instant now = this.clock.advance(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MICROS);
		clinician(owner).get().uri("/api/v1/referrals?staffId={staffId}", owner).exchange().expectStatus().isOk();

		Map<String, Object> read = last("actor_staff_id", owner);
		assertThat(read).containsEntry("actor_subject", "user-" + owner)
			.containsEntry("service", "referral")
			.containsEntry("route", "/api/v1/referrals")
			.containsEntry("resource_type", "referrals")
			.containsEntry("resource_id", "staffId=" + owner)
			.containsEntry("outcome", 200)
			.containsEntry("purpose", "TREAT");
		assertThat(((java.sql.Timestamp) read.get("recorded_at")).toInstant()).isEqualTo(now);

		administrator().get().uri("/api/v1/referrals?staffId={staffId}", owner).exchange().expectStatus().isForbidden();
		assertThat(last("resource_id", "staffId=" + owner)).containsEntry("outcome", 403)
			.containsEntry("actor_subject", "admin")
			.containsEntry("actor_roles", "ADMINISTRATOR")
			.containsEntry("route", "/api/v1/referrals");

		administrator().get()
			.uri("/api/v1/access-trail/verification")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact")
			.isEqualTo(true);
	}

	private Map<String, Object> last(String column, String value) {
		return this.jdbc.queryForMap("SELECT * FROM access_trail WHERE " + column + " = ? ORDER BY seq DESC LIMIT 1",
				value);
	}

}
