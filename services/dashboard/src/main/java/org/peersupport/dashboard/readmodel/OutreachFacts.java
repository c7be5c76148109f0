package org.peersupport.dashboard.readmodel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.AssignmentUnmatched;
import org.peersupport.contracts.events.FollowUpDue;
import org.peersupport.contracts.events.IncidentMilestone;
import org.peersupport.contracts.events.InvolvedClinician;
import org.peersupport.contracts.events.OutreachClosed;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.OutreachEscalated;
import org.peersupport.contracts.events.TalkNowRequested;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds reports and the outreach lifecycle into the read models. Topics arrive in no
 * guaranteed order, so every write is an upsert that keeps the earliest or latest time.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class OutreachFacts {

	private final JdbcTemplate jdbc;

	private final Pseudonyms pseudonyms;

	private final ReadModelChanges changes;

	OutreachFacts(JdbcTemplate jdbc, Pseudonyms pseudonyms, ReadModelChanges changes) {
		this.jdbc = jdbc;
		this.pseudonyms = pseudonyms;
		this.changes = changes;
	}

	void reported(AdverseEventReported event) {
		this.jdbc.update("""
				INSERT INTO reported_event (event_id, facility, harm, received_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (event_id) DO UPDATE SET facility = EXCLUDED.facility, harm = EXCLUDED.harm,
				    received_at = LEAST(reported_event.received_at, EXCLUDED.received_at)""", event.eventId(),
				event.facility(), name(event.harm()), at(event.receivedAt()));
		for (InvolvedClinician clinician : event.involved()) {
			this.jdbc.update("INSERT INTO involvement (event_id, person) VALUES (?, ?) ON CONFLICT DO NOTHING",
					event.eventId(), this.pseudonyms.of(clinician.staffId()));
		}
		this.changes.changed();
	}

	void due(OutreachDue due) {
		this.jdbc.update("""
				INSERT INTO case_timeline (case_id, first_received_at, person, facility, harm, respond_by, source)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (case_id) DO UPDATE SET
				    first_received_at = LEAST(case_timeline.first_received_at, EXCLUDED.first_received_at),
				    person = EXCLUDED.person, facility = EXCLUDED.facility, harm = EXCLUDED.harm,
				    respond_by = LEAST(case_timeline.respond_by, EXCLUDED.respond_by),
				    source = COALESCE(case_timeline.source, EXCLUDED.source)""", uuid(due.caseId()),
				at(due.firstReceivedAt()), this.pseudonyms.of(due.staffId()), due.facility(), name(due.harm()),
				at(due.respondBy()), name(due.source()));
		this.changes.changed();
	}

	void escalated(String escalationId, OutreachEscalated escalated) {
		this.jdbc.update("""
				INSERT INTO escalation (escalation_id, case_id, reason, escalated_at) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""", escalationId, uuid(escalated.caseId()), escalated.reason(),
				at(escalated.escalatedAt()));
		this.jdbc.update("""
				INSERT INTO case_timeline (case_id, escalated_at) VALUES (?, ?)
				ON CONFLICT (case_id) DO UPDATE
				SET escalated_at = GREATEST(case_timeline.escalated_at, EXCLUDED.escalated_at)""",
				uuid(escalated.caseId()), at(escalated.escalatedAt()));
		this.changes.changed();
	}

	void closed(OutreachClosed closed) {
		this.jdbc.update(
				"""
						INSERT INTO case_timeline (case_id, person, facility, closed_at, close_reason, source)
						VALUES (?, ?, ?, ?, ?, ?)
						ON CONFLICT (case_id) DO UPDATE SET
						    person = COALESCE(case_timeline.person, EXCLUDED.person),
						    facility = COALESCE(case_timeline.facility, EXCLUDED.facility),
						    source = COALESCE(case_timeline.source, EXCLUDED.source),
						    close_reason = CASE WHEN case_timeline.closed_at IS NULL OR EXCLUDED.closed_at > case_timeline.closed_at
						                        THEN EXCLUDED.close_reason ELSE case_timeline.close_reason END,
						    closed_at = GREATEST(case_timeline.closed_at, EXCLUDED.closed_at)""",
				uuid(closed.caseId()), this.pseudonyms.of(closed.staffId()), closed.facility(), at(closed.closedAt()),
				name(closed.reason()), name(closed.source()));
		this.changes.changed();
	}

	/** Counted, with where and when: who asked is not kept. */
	void talkNow(TalkNowRequested request) {
		this.jdbc.update("""
				INSERT INTO talk_now (request_id, facility, requested_at) VALUES (?, ?, ?)
				ON CONFLICT (request_id) DO NOTHING""", request.requestId(), request.facility(),
				at(request.requestedAt()));
		this.changes.changed();
	}

	void followUpDue(FollowUpDue due) {
		this.jdbc.update("""
				INSERT INTO follow_up (follow_up_id, case_id, trigger, facility, due_at, respond_by)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (follow_up_id) DO UPDATE SET trigger = EXCLUDED.trigger, facility = EXCLUDED.facility,
				    due_at = EXCLUDED.due_at, respond_by = EXCLUDED.respond_by""", due.followUpId(), uuid(due.caseId()),
				name(due.trigger()), due.facility(), at(due.dueAt()), at(due.respondBy()));
		this.changes.changed();
	}

	void unmatched(AssignmentUnmatched unmatched) {
		this.jdbc.update("INSERT INTO unmatched (case_id, reason, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
				uuid(unmatched.caseId()), name(unmatched.reason()), at(unmatched.at()));
		this.changes.changed();
	}

	void milestone(IncidentMilestone milestone) {
		this.jdbc
			.update("""
					INSERT INTO milestone (milestone_id, event_id, kind, scheduled_for) VALUES (?, ?, ?, ?)
					ON CONFLICT (milestone_id) DO UPDATE SET kind = EXCLUDED.kind, scheduled_for = EXCLUDED.scheduled_for""",
					milestone.milestoneId(), milestone.eventId(), name(milestone.kind()), at(milestone.scheduledFor()));
		this.changes.changed();
	}

	static UUID uuid(String id) {
		return (id != null) ? UUID.fromString(id) : null;
	}

	static Timestamp at(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
