package org.peersupport.intake.milestone;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.IncidentMilestone;
import org.peersupport.contracts.events.MilestoneKind;
import org.peersupport.intake.report.ReceivedReportRepository;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts a milestone for an incident intake already received and announces it on
 * {@code adverse-events.milestones.v1}, keyed by the event id like the report itself.
 */
@Service
public class MilestoneIntake {

	private final ReceivedReportRepository reports;

	private final JdbcTemplate jdbc;

	private final Outbox outbox;

	private final Clock clock;

	MilestoneIntake(ReceivedReportRepository reports, JdbcTemplate jdbc, Outbox outbox, Clock clock) {
		this.reports = reports;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * @return the milestone and whether it is new (a retry answers with the first id)
	 * @param source the authenticated client: a client adds milestones only to events it
	 * reported itself
	 * @throws NotFoundException when intake never received the event from this client
	 */
	@Transactional
	public Accepted accept(UUID eventId, MilestoneKind kind, Instant scheduledFor, String source) {
		if (this.reports.findById(eventId).filter((report) -> report.source().equals(source)).isEmpty()) {
			throw new NotFoundException("No adverse event " + eventId);
		}
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		int inserted = this.jdbc.update(
				"INSERT INTO incident_milestone (id, event_id, kind, scheduled_for, received_at) VALUES (?, ?, ?, ?, ?) "
						+ "ON CONFLICT (event_id, kind, scheduled_for) DO NOTHING",
				id, eventId, kind.name(), Timestamp.from(scheduledFor), Timestamp.from(now));
		if (inserted == 0) {
			UUID existing = this.jdbc.queryForObject(
					"SELECT id FROM incident_milestone WHERE event_id = ? AND kind = ? AND scheduled_for = ?",
					UUID.class, eventId, kind.name(), Timestamp.from(scheduledFor));
			return new Accepted(existing.toString(), false);
		}
		this.outbox.publish(Events.INCIDENT_MILESTONE, eventId.toString(), eventId.toString(),
				new IncidentMilestone(id.toString(), eventId.toString(), kind, scheduledFor, now));
		return new Accepted(id.toString(), true);
	}

	/** The answer to a milestone post. */
	public record Accepted(String id, boolean isNew) {
	}

}
