package org.peersupport.outreach.debrief;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TeamDebriefRepository extends CrudRepository<TeamDebrief, String> {

	/**
	 * Proposes the event's debrief unless it was proposed already (a redelivered event).
	 * @return 1 when this call proposed it, else 0
	 */
	@Query("INSERT INTO team_debrief (event_id, debrief_id, case_id, facility, involved, status, proposed_at) "
			+ "VALUES (:eventId, :debriefId, :caseId, :facility, :involved, 'PROPOSED', :proposedAt) ON CONFLICT DO NOTHING")
	long proposeOnce(String eventId, UUID debriefId, UUID caseId, @Nullable String facility, int involved,
			Instant proposedAt);

	@Query("SELECT * FROM team_debrief WHERE debrief_id = :debriefId FOR UPDATE")
	Optional<TeamDebrief> lockByDebriefId(UUID debriefId);

	Optional<TeamDebrief> findByDebriefId(UUID debriefId);

	List<TeamDebrief> findByCaseIdOrderByProposedAt(UUID caseId);

	List<TeamDebrief> findByStatusOrderByProposedAt(DebriefStatus status);

	/** The debriefs someone facilitates, soonest first. */
	@Query("SELECT * FROM team_debrief WHERE ',' || facilitators || ',' LIKE '%,' || :staffId || ',%' ORDER BY starts_at")
	List<TeamDebrief> facilitatedBy(String staffId);

	/** The newest debriefs first, for the administrator's list. */
	@Query("SELECT * FROM team_debrief ORDER BY proposed_at DESC LIMIT :limit")
	List<TeamDebrief> newest(int limit);

}
