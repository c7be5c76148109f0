package org.peersupport.outreach.outreachcase;

import java.time.Instant;
import java.util.UUID;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TeamDebriefRepository extends GenericRepository<TeamDebrief, String> {

	/**
	 * Proposes the event's debrief unless it was proposed already (a redelivered event).
	 * @return 1 when this call proposed it, else 0
	 */
	@Query("INSERT INTO team_debrief (event_id, case_id, involved, proposed_at) VALUES (:eventId, :caseId, :involved, :proposedAt) ON CONFLICT DO NOTHING")
	long proposeOnce(String eventId, UUID caseId, int involved, Instant proposedAt);

}
