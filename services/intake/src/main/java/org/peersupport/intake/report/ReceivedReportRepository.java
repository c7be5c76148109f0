package org.peersupport.intake.report;

import java.util.Optional;
import java.util.UUID;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReceivedReportRepository extends CrudRepository<ReceivedReport, UUID> {

	Optional<ReceivedReport> findBySourceAndReportId(String source, String reportId);

}
