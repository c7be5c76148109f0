package org.peersupport.dashboard.figures;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The ids of events seen, so an updated report is not counted as a second event. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReportedEventRepository extends GenericRepository<ReportedEvent, String> {

	@Query("INSERT INTO reported_event (event_id) VALUES (:eventId) ON CONFLICT DO NOTHING")
	void remember(String eventId);

	@Query("SELECT count(*) FROM reported_event")
	long countEvents();

}
