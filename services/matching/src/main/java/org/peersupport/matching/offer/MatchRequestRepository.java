package org.peersupport.matching.offer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MatchRequestRepository extends CrudRepository<MatchRequest, UUID> {

	/**
	 * Locks the request so an answer and a re-due for the same case cannot interleave.
	 */
	@Query("SELECT * FROM match_request WHERE case_id = :caseId FOR UPDATE")
	Optional<MatchRequest> findForUpdate(UUID caseId);

	List<MatchRequest> findByStatus(MatchStatus status);

}
