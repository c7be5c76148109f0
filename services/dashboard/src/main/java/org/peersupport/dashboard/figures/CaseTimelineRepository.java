package org.peersupport.dashboard.figures;

import java.time.Instant;
import java.util.UUID;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/**
 * Events about one case arrive on different topics in no guaranteed order, so every write
 * keeps the earliest or latest time rather than trusting arrival order.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CaseTimelineRepository extends CrudRepository<CaseTimeline, UUID> {

	@Query("""
			INSERT INTO case_timeline (case_id, first_received_at) VALUES (:caseId, :receivedAt)
			ON CONFLICT (case_id) DO UPDATE
			SET first_received_at = LEAST(case_timeline.first_received_at, EXCLUDED.first_received_at)""")
	void recordDue(UUID caseId, Instant receivedAt);

	@Query("""
			INSERT INTO case_timeline (case_id, first_offered_at, last_offered_at) VALUES (:caseId, :offeredAt, :offeredAt)
			ON CONFLICT (case_id) DO UPDATE
			SET first_offered_at = LEAST(case_timeline.first_offered_at, EXCLUDED.first_offered_at),
			    last_offered_at = GREATEST(case_timeline.last_offered_at, EXCLUDED.last_offered_at)""")
	void recordOffer(UUID caseId, Instant offeredAt);

	@Query("""
			INSERT INTO case_timeline (case_id, escalated_at) VALUES (:caseId, :escalatedAt)
			ON CONFLICT (case_id) DO UPDATE
			SET escalated_at = GREATEST(case_timeline.escalated_at, EXCLUDED.escalated_at)""")
	void recordEscalation(UUID caseId, Instant escalatedAt);

	@Query("SELECT count(*) FROM case_timeline WHERE first_received_at IS NOT NULL")
	long countOpened();

	/** A case needs attention when its latest escalation came after its latest offer. */
	@Query("""
			SELECT count(*) FROM case_timeline
			WHERE escalated_at IS NOT NULL AND (last_offered_at IS NULL OR escalated_at > last_offered_at)""")
	long countNeedingAttention();

	@Query("""
			SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
			       percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90,
			       count(*) AS cases
			FROM (SELECT EXTRACT(EPOCH FROM first_offered_at - first_received_at)::float8 AS seconds
			      FROM case_timeline
			      WHERE first_offered_at IS NOT NULL AND first_received_at IS NOT NULL) AS timed""")
	LatencySummary latency();

}
