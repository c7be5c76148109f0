package org.peersupport.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cases due together wait for the batch window and are then assigned as one problem: the
 * optimum gives the first case its second choice so that the second case, which only one
 * supporter can take, is placed too. Greedy, one case at a time, would strand it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "peersupport.matching.batch.window=PT1M", "peersupport.timers.polling-interval=PT0.3S" })
class BatchAssignmentIT extends MatchingIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String ROSTER = """
			staffId,name,email,department,role,supervisorId,supporter,trained,maxActive
			BC-1,Bea Clinician,bea@h.test,ICU,MD,,false,false,0
			BC-2,Ben Clinician,ben@h.test,ICU,RN,,false,false,0
			B-1,Peer B1,b1@h.test,ED,MD,,true,true,1
			B-2,Peer B2,b2@h.test,ED,RT,,true,true,1
			""";

	@Test
	void casesDueTogetherAreAssignedTogetherWhenTheWindowCloses() throws Exception {
		importRoster(ROSTER).jsonPath("$.imported").isEqualTo(4);
		Instant respondBy = CLOCK.instant().plus(Duration.ofHours(4));
		// BC-1 prefers B-1 (same role); BC-2 can only have B-1, because B-2 was involved.
		String first = TestEvents.due(CLOCK.instant(), "BC-1", List.of(), false, respondBy);
		String second = TestEvents.due(CLOCK.instant(), "BC-2", List.of("B-2"), false, respondBy);
		await().atMost(PATIENCE).until(() -> status(first) != null && status(second) != null);
		assertThat(status(first)).isEqualTo("PENDING");
		assertThat(status(second)).isEqualTo("PENDING");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM offer", Integer.class)).isZero();

		CLOCK.advance(Duration.ofMinutes(1));
		await().atMost(PATIENCE).until(() -> "OFFERED".equals(status(first)) && "OFFERED".equals(status(second)));
		assertThat(supporterOf(first)).isEqualTo("B-2");
		assertThat(supporterOf(second)).isEqualTo("B-1");
		admin().get()
			.uri("/api/v1/offers/{id}/explanation", offerOf(first))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.mode")
			.isEqualTo("BATCH")
			.jsonPath("$.batchSize")
			.isEqualTo(2)
			.jsonPath("$.rank")
			.isEqualTo(2);
		admin().post()
			.uri("/api/v1/matching/batch")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.assigned")
			.isEqualTo(0);
	}

	private String status(String caseId) {
		List<String> statuses = this.jdbc.query("SELECT status FROM match_request WHERE case_id = ?",
				(rs, row) -> rs.getString("status"), UUID.fromString(caseId));
		return statuses.isEmpty() ? null : statuses.get(0);
	}

	private String supporterOf(String caseId) {
		return String.valueOf(offerRow(caseId).get("supporter_id"));
	}

	private Object offerOf(String caseId) {
		return offerRow(caseId).get("id");
	}

	private Map<String, Object> offerRow(String caseId) {
		return this.jdbc.queryForMap("SELECT id, supporter_id FROM offer WHERE case_id = ?", UUID.fromString(caseId));
	}

}
