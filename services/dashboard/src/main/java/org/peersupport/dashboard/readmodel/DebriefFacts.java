package org.peersupport.dashboard.readmodel;

import java.sql.Timestamp;
import java.util.UUID;
import java.util.stream.Collectors;

import org.peersupport.contracts.events.DebriefFacilitatorsMatched;
import org.peersupport.contracts.events.NeedCode;
import org.peersupport.contracts.events.TeamDebriefRecorded;
import org.peersupport.contracts.events.TeamDebriefScheduled;
import org.peersupport.messaging.inbox.PoisonMessageException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds team debriefs into {@code team_debrief}: how many were scheduled, staffed and
 * held, and how many attended. People are counted, never stored, not even as pseudonyms.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class DebriefFacts {

	private final JdbcTemplate jdbc;

	private final ReadModelChanges changes;

	DebriefFacts(JdbcTemplate jdbc, ReadModelChanges changes) {
		this.jdbc = jdbc;
		this.changes = changes;
	}

	void scheduled(TeamDebriefScheduled scheduled) {
		this.jdbc.update("""
				INSERT INTO team_debrief (debrief_id, facility, scheduled_at, starts_at, invited, facilitators_wanted,
				    proposed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (debrief_id) DO UPDATE SET facility = EXCLUDED.facility,
				    scheduled_at = EXCLUDED.scheduled_at, starts_at = EXCLUDED.starts_at, invited = EXCLUDED.invited,
				    facilitators_wanted = EXCLUDED.facilitators_wanted, proposed_at = EXCLUDED.proposed_at""",
				id(scheduled.debriefId()), scheduled.facility(), Timestamp.from(scheduled.scheduledAt()),
				Timestamp.from(scheduled.startsAt()), scheduled.invitees().size(), scheduled.facilitatorsWanted(),
				(scheduled.proposedAt() != null) ? Timestamp.from(scheduled.proposedAt()) : null);
		this.changes.changed();
	}

	void matched(DebriefFacilitatorsMatched matched) {
		this.jdbc.update("""
				INSERT INTO team_debrief (debrief_id, facilitators_matched, matched_at) VALUES (?, ?, ?)
				ON CONFLICT (debrief_id) DO UPDATE SET facilitators_matched = EXCLUDED.facilitators_matched,
				    matched_at = EXCLUDED.matched_at""", id(matched.debriefId()), matched.facilitatorIds().size(),
				Timestamp.from(matched.matchedAt()));
		this.changes.changed();
	}

	void recorded(TeamDebriefRecorded recorded) {
		String needs = recorded.needs().stream().map(NeedCode::name).collect(Collectors.joining(","));
		this.jdbc.update(
				"""
						INSERT INTO team_debrief (debrief_id, facility, held, attended, needs, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
						ON CONFLICT (debrief_id) DO UPDATE SET facility = EXCLUDED.facility, held = EXCLUDED.held,
						    attended = EXCLUDED.attended, needs = EXCLUDED.needs, recorded_at = EXCLUDED.recorded_at""",
				id(recorded.debriefId()), recorded.facility(), recorded.held(), recorded.attended(), needs,
				Timestamp.from(recorded.recordedAt()));
		this.changes.changed();
	}

	private static UUID id(String debriefId) {
		try {
			return UUID.fromString(debriefId);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new PoisonMessageException("debrief id is not a UUID", ex);
		}
	}

}
