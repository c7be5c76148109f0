package org.peersupport.intake.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.InvolvedClinician;
import org.peersupport.messaging.outbox.Outbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts a report once per {@code (source, reportId)}. The first time it records the
 * report and publishes the minimized event in one transaction; a retry of the same
 * payload gets the same id and publishes nothing; a changed payload is an update that
 * publishes only the staff it newly names, so nobody is contacted twice.
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

	/** One report, one transaction. */
	public IntakeReceipt accept(IncidentReport report, byte[] payload) {
		return acceptAll(List.of(new Submission(report, payload))).get(0);
	}

	/**
	 * Several reports in one transaction: all are recorded or none is (a FHIR transaction
	 * Bundle).
	 */
	public List<IntakeReceipt> acceptAll(List<Submission> submissions) {
		try {
			return this.transactions
				.execute((status) -> submissions.stream().map((s) -> acceptOnce(s.report(), s.payload())).toList());
		}
		catch (ReportAlreadyReceived ex) {
			// A concurrent retry of the same report won the insert; answer as the retry
			// it now is.
			if (submissions.size() == 1) {
				Submission only = submissions.get(0);
				IntakeReceipt retried = this.transactions
					.execute((status) -> acceptOnce(only.report(), only.payload()));
				return List.of(retried);
			}
			throw ex;
		}
	}

	private IntakeReceipt acceptOnce(IncidentReport report, byte[] payload) {
		String hash = sha256(payload);
		Optional<ReceivedReport> known = this.reports.findBySourceAndReportId(report.source(), report.reportId());
		if (known.isPresent()) {
			// Past its retention nobody named in it is known here any more, so a changed
			// payload cannot tell newcomers from those already contacted: it is
			// acknowledged as the retry it most likely is, and starts no case.
			return (known.get().payloadHash().equals(hash) || known.get().stripped())
					? new IntakeReceipt(known.get().id(), IntakeOutcome.DUPLICATE, null, report.warnings())
					: update(known.get(), report, hash);
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		AdverseEventReported event = minimized(id, report, report.involved(), now, now);
		String reason = report.noOutreachReason();
		IntakeOutcome outcome = (reason == null) ? IntakeOutcome.ACCEPTED : IntakeOutcome.ACCEPTED_NO_OUTREACH;
		this.reports.add(new ReceivedReport(id, report.source(), report.reportId(), hash, outcome, reason,
				EventJson.mapper().writeValueAsString(event), now, null,
				ReceivedReport.warningsColumn(report.warnings()), null));
		if (reason == null) {
			this.outbox.publish(Events.ADVERSE_EVENT_REPORTED, id.toString(), id.toString(), event);
			log.info("Accepted adverse event {} from {} with {} involved", id, report.source(),
					report.involved().size());
		}
		else {
			log.info("Accepted adverse event {} from {} without outreach: {}", id, report.source(), reason);
		}
		return new IntakeReceipt(id, outcome, reason, report.warnings());
	}

	private IntakeReceipt update(ReceivedReport known, IncidentReport report, String hash) {
		Instant now = this.clock.instant();
		AdverseEventReported before = EventJson.mapper().readValue(known.minimizedEvent(), AdverseEventReported.class);
		Set<String> alreadyNamed = before.involved()
			.stream()
			.map(InvolvedClinician::staffId)
			.collect(Collectors.toSet());
		List<InvolvedClinician> added = report.involved()
			.stream()
			.filter((clinician) -> !alreadyNamed.contains(clinician.staffId()))
			.toList();
		List<InvolvedClinician> everyone = new java.util.ArrayList<>(before.involved());
		everyone.addAll(added);
		// A version without a time keeps the time first taken for it.
		AdverseEventReported merged = minimized(known.id(), report, everyone, before.occurredAt(), before.receivedAt());
		String reason = added.isEmpty() ? "updated; no newly named staff"
				: "updated; " + added.size() + " newly named staff member(s) sent to outreach";
		this.reports.update(known.updated(hash, EventJson.mapper().writeValueAsString(merged), IntakeOutcome.UPDATED,
				reason, now, ReceivedReport.warningsColumn(report.warnings())));
		if (!added.isEmpty()) {
			// Only the newcomers travel: everyone else already has their case.
			this.outbox.publish(Events.ADVERSE_EVENT_REPORTED, known.id().toString(), known.id().toString(),
					minimized(known.id(), report, added, before.occurredAt(), before.receivedAt()));
		}
		log.info("Updated adverse event {}: {}", known.id(), reason);
		return new IntakeReceipt(known.id(), IntakeOutcome.UPDATED, reason, report.warnings());
	}

	/**
	 * @param untimed when it happened for a report that does not say: the time it was
	 * first received
	 */
	private static AdverseEventReported minimized(UUID id, IncidentReport report, List<InvolvedClinician> involved,
			Instant untimed, Instant receivedAt) {
		Instant occurredAt = (report.occurredAt() != null) ? report.occurredAt() : untimed;
		return new AdverseEventReported(id.toString(), occurredAt, report.reportedAt(), receivedAt, report.harm(),
				report.actuality(), report.category(), report.facility(), report.unit(), involved);
	}

	static String sha256(byte[] payload) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

	/**
	 * One report and the bytes it arrived as.
	 *
	 * @param report the validated, minimized report
	 * @param payload what was sent, for the hash only
	 */
	public record Submission(IncidentReport report, byte[] payload) {
	}

}
