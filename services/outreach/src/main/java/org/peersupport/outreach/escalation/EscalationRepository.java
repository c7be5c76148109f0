package org.peersupport.outreach.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface EscalationRepository extends CrudRepository<Escalation, UUID> {

	boolean existsByCaseIdAndReasonAndResolvedAtIsNull(UUID caseId, String reason);

	List<Escalation> findByCaseIdAndResolvedAtIsNullOrderByEscalatedAt(UUID caseId);

	List<Escalation> findByCaseIdOrderByEscalatedAt(UUID caseId);

	@Query("UPDATE escalation SET resolved_at = :at WHERE case_id = :caseId AND reason = :reason AND resolved_at IS NULL")
	long resolve(UUID caseId, String reason, Instant at);

	@Query("UPDATE escalation SET resolved_at = :at WHERE case_id = :caseId AND resolved_at IS NULL")
	long resolveAll(UUID caseId, Instant at);

}
