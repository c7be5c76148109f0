package org.peersupport.outreach.outreachcase;

import java.util.List;
import java.util.UUID;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseEventRepository extends CrudRepository<CaseEvent, UUID> {

	List<CaseEvent> findByCaseIdOrderByAddedAt(UUID caseId);

	boolean existsByCaseIdAndEventId(UUID caseId, String eventId);

}
