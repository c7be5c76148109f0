package org.peersupport.outreach.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.accesstrail.TrailPseudonyms;
import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.CasePurged;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.persistence.timer.Next;
import org.peersupport.persistence.timer.TimerHandler;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A closed case's retention has ended: its identifiable records go, in one transaction
 * with {@code outreach.case-purged.v1}. A case reopened (or open again) since is left
 * alone: closing it again moves the timer. A policy whose retention grew since the case
 * closed makes the timer wait for the longer one.
 */
@Component
class CasePurgeTimer extends TimerHandler {

	private static final Logger log = LoggerFactory.getLogger(CasePurgeTimer.class);

	private final JdbcTemplate jdbc;

	private final Clinicians clinicians;

	private final CaseRetention retention;

	private final CaseRecords records;

	private final TrailPseudonyms trail;

	private final Outbox outbox;

	private final Clock clock;

	CasePurgeTimer(JdbcTemplate jdbc, Clinicians clinicians, CaseRetention retention, CaseRecords records,
			TrailPseudonyms trail, Outbox outbox, Clock clock) {
		super(CaseRetention.TASK);
		this.jdbc = jdbc;
		this.clinicians = clinicians;
		this.retention = retention;
		this.records = records;
		this.trail = trail;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Override
	public Next fire(String subject, Instant scheduledFor) {
		UUID caseId = UUID.fromString(subject);
		Optional<String> staffId = this.jdbc
			.queryForList("SELECT staff_id FROM outreach_case WHERE id = ?", String.class, caseId)
			.stream()
			.findFirst();
		if (staffId.isEmpty()) {
			return Next.done();
		}
		// The clinician's lock first, as everything that opens or joins a case takes it:
		// a new event for them either joins before the purge reads the case, or after
		// the case is gone.
		this.clinicians.lock(staffId.get());
		Optional<ClosedCase> closed = closedCase(caseId);
		if (closed.isEmpty()) {
			return Next.done();
		}
		Instant now = this.clock.instant();
		Instant due = this.retention.purgeAt(closed.get().facility(), closed.get().closedAt());
		if (due.isAfter(now)) {
			return Next.againAt(due);
		}
		purge(closed.get(), now);
		return Next.done();
	}

	private void purge(ClosedCase closed, Instant now) {
		this.records.delete(closed.id());
		forgetOldPersonRecords(closed.staffId(), this.retention.retainedSince(closed.facility(), now));
		boolean lastCase = !this.records.hasCases(closed.staffId());
		if (lastCase) {
			forgetPreferencesOfSomeoneWhoLeft(closed.staffId());
			this.trail.forgetPerson(closed.staffId());
		}
		this.outbox.publish(Events.CASE_PURGED, closed.staffId(), closed.id().toString(), new CasePurged(
				closed.id().toString(), closed.staffId(), closed.facility(), closed.closedAt(), now, lastCase));
		log.info("Purged outreach case {} after its retention (last of the person's: {})", closed.id(), lastCase);
	}

	/**
	 * A shift reported, and preference changes made, longer ago than the retention:
	 * history no case needs. The preferences themselves stay, so an opt-out keeps
	 * working.
	 */
	private void forgetOldPersonRecords(String staffId, Instant retainedSince) {
		Timestamp since = Timestamp.from(retainedSince);
		this.jdbc.update("DELETE FROM clinician_shift WHERE staff_id = ? AND updated_at < ?", staffId, since);
		this.jdbc.update("DELETE FROM clinician_preferences_change WHERE staff_id = ? AND changed_at < ?", staffId,
				since);
	}

	/**
	 * Preferences are kept while the person is in the directory (an opt-out must keep
	 * working); someone who left it, with no case left, needs none.
	 */
	private void forgetPreferencesOfSomeoneWhoLeft(String staffId) {
		if (this.clinicians.profile(staffId).isEmpty()) {
			this.jdbc.update("DELETE FROM clinician_preferences_change WHERE staff_id = ?", staffId);
			this.jdbc.update("DELETE FROM clinician_preferences WHERE staff_id = ?", staffId);
		}
	}

	private Optional<ClosedCase> closedCase(UUID caseId) {
		List<ClosedCase> found = this.jdbc.query("""
				SELECT id, staff_id, facility, closed_at FROM outreach_case
				WHERE id = ? AND status = 'CLOSED' AND closed_at IS NOT NULL FOR UPDATE
				""", (rs, i) -> new ClosedCase(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
				rs.getTimestamp(4).toInstant()), caseId);
		return found.stream().findFirst();
	}

	private record ClosedCase(UUID id, String staffId, String facility, Instant closedAt) {
	}

}
