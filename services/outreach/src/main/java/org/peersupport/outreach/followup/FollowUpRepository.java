package org.peersupport.outreach.followup;

import java.util.List;
import java.util.UUID;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import org.peersupport.contracts.events.FollowUpTrigger;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface FollowUpRepository extends CrudRepository<FollowUp, UUID> {

	List<FollowUp> findByCaseIdOrderByDueAt(UUID caseId);

	boolean existsByCaseIdAndTriggerAndSourceId(UUID caseId, FollowUpTrigger trigger, String sourceId);

}
