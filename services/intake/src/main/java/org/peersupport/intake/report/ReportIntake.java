package org.peersupport.intake.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.messaging.outbox.Outbox;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts a report once per {@code (source, reportId)}: the first time it records the
 * report and publishes the minimized event in one transaction; every retry gets the same
 * id and publishes nothing.
 */
@Service
public class ReportIntake {

	private static final Logger log = LoggerFactory.getLogger(ReportIntake.class);

	private final ReceivedReportRepository reports;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReportIntake(ReceivedReportRepository reports, Outbox outbox, TransactionTemplate transactions, Clock clock) {
		this.reports = reports;
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
	}

	public IntakeReceipt accept(IncidentReport report, byte[] payload) {
		try {
			return this.transactions.execute((status) -> acceptOnce(report, payload));
		}
		catch (DataIntegrityViolationException | io.micronaut.data.exceptions.DataAccessException ex) {
			// A concurrent retry of the same report won the insert; answer with its id.
			return existing(report).orElseThrow(() -> ex);
		}
	}

	private IntakeReceipt acceptOnce(IncidentReport report, byte[] payload) {
		Optional<ReceivedReport> known = this.reports.findBySourceAndReportId(report.source(), report.reportId());
		if (known.isPresent()) {
			return new IntakeReceipt(known.get().id(), true);
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		AdverseEventReported event = new AdverseEventReported(id.toString(), report.occurredAt(), report.reportedAt(),
				now, report.harm(), report.actuality(), report.category(), report.facility(), report.unit(),
				report.involved());
		this.reports.save(new ReceivedReport(id, report.source(), report.reportId(), sha256(payload), "ACCEPTED",
				EventJson.mapper().writeValueAsString(event), now));
		this.outbox.publish(Events.ADVERSE_EVENT_REPORTED, id.toString(), id.toString(), event);
		log.info("Accepted adverse event {} from {} with {} involved", id, report.source(), report.involved().size());
		return new IntakeReceipt(id, false);
	}

	private Optional<IntakeReceipt> existing(IncidentReport report) {
		return this.transactions
			.execute((status) -> this.reports.findBySourceAndReportId(report.source(), report.reportId()))
			.map((known) -> new IntakeReceipt(known.id(), true));
	}

	static String sha256(byte[] payload) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

}
