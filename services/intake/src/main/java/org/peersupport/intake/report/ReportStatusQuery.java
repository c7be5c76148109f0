package org.peersupport.intake.report;

import java.util.UUID;

import org.peersupport.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers "what became of my report?" without revealing anything else. */
@Service
public class ReportStatusQuery {

	private final ReceivedReportRepository reports;

	private final JdbcTemplate jdbc;

	ReportStatusQuery(ReceivedReportRepository reports, JdbcTemplate jdbc) {
		this.reports = reports;
		this.jdbc = jdbc;
	}

	/**
	 * @param source the authenticated client asking: another client's report is answered
	 * as if it did not exist
	 */
	@Transactional(readOnly = true)
	public ReportStatus find(UUID id, String source) {
		ReceivedReport report = this.reports.findById(id)
			.filter((found) -> found.source().equals(source))
			.orElseThrow(() -> new NotFoundException("no report " + id));
		if (report.status() == IntakeOutcome.ACCEPTED_NO_OUTREACH) {
			return new ReportStatus(id.toString(), "no-outreach", report.statusReason(), report.warningList());
		}
		// Published once the relay has handed every event of this report to Kafka.
		Integer waiting = this.jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE message_key = ?",
				Integer.class, id.toString());
		String status = (waiting != null && waiting > 0) ? "accepted" : "published";
		return new ReportStatus(id.toString(), status, report.statusReason(), report.warningList());
	}

	public static UUID parseId(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("no report " + id);
		}
	}

}
