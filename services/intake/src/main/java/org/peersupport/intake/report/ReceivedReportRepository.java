package org.peersupport.intake.report;

import java.util.Optional;
import java.util.UUID;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import org.springframework.dao.DataIntegrityViolationException;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReceivedReportRepository extends CrudRepository<ReceivedReport, UUID> {

	Optional<ReceivedReport> findBySourceAndReportId(String source, String reportId);

	/**
	 * Records a report seen for the first time. Intake speaks of reports, not of the
	 * store's exceptions: a failed insert (a concurrent retry won the unique key) is
	 * translated here.
	 * @throws ReportAlreadyReceived when the report could not be recorded as new
	 */
	default ReceivedReport add(ReceivedReport report) {
		try {
			return save(report);
		}
		catch (DataIntegrityViolationException | DataAccessException ex) {
			throw new ReportAlreadyReceived(report.source(), report.reportId(), ex);
		}
	}

}
