package org.peersupport.outreach.outreachcase;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutreachCaseRepository extends CrudRepository<OutreachCase, UUID> {

	/**
	 * The clinician's open case, locked so concurrent events for one clinician coalesce
	 * safely.
	 */
	@Query("SELECT * FROM outreach_case WHERE staff_id = :staffId AND status <> 'CLOSED' FOR UPDATE")
	Optional<OutreachCase> findOpenCaseForUpdate(String staffId);

	/** A case locked for a change, so timers, listeners and the API take turns. */
	@Query("SELECT * FROM outreach_case WHERE id = :id FOR UPDATE")
	Optional<OutreachCase> findByIdForUpdate(UUID id);

	/**
	 * The worklist: cases matching gave up on, and open cases with an unresolved
	 * escalation (window at risk or missed, follow-up missed, team debrief).
	 */
	@Query("""
			SELECT * FROM outreach_case c WHERE c.status = 'NEEDS_ATTENTION'
			   OR (c.status <> 'CLOSED' AND EXISTS (SELECT 1 FROM escalation e WHERE e.case_id = c.id AND e.resolved_at IS NULL))
			ORDER BY c.updated_at""")
	List<OutreachCase> findNeedingAttention();

	/** Every clinician's case that holds an event, newest first. */
	@Query("SELECT c.* FROM outreach_case c JOIN case_event e ON e.case_id = c.id WHERE e.event_id = :eventId ORDER BY c.opened_at DESC")
	List<OutreachCase> findByEventId(String eventId);

	@Query("SELECT * FROM outreach_case WHERE staff_id = :staffId ORDER BY opened_at DESC")
	List<OutreachCase> findByStaffIdOrderByOpenedAtDesc(String staffId);

	@Query("SELECT * FROM outreach_case WHERE status = :status ORDER BY updated_at")
	List<OutreachCase> findByStatusOrderByUpdatedAt(CaseStatus status);

}
