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

	List<OutreachCase> findByStaffIdOrderByOpenedAtDesc(String staffId);

	List<OutreachCase> findByStatusOrderByUpdatedAt(CaseStatus status);

}
