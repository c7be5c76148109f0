package org.peersupport.dashboard.readmodel;

import java.sql.Date;

import org.peersupport.contracts.events.AssignmentAccepted;
import org.peersupport.contracts.events.AssignmentDeclined;
import org.peersupport.contracts.events.AssignmentExpired;
import org.peersupport.contracts.events.AssignmentOffered;
import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.CrisisAcknowledged;
import org.peersupport.contracts.events.CrisisRaised;
import org.peersupport.contracts.events.ReferralClosed;
import org.peersupport.contracts.events.ReferralMade;
import org.peersupport.contracts.events.StaffDirectoryEntry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.peersupport.dashboard.readmodel.OutreachFacts.at;
import static org.peersupport.dashboard.readmodel.OutreachFacts.name;
import static org.peersupport.dashboard.readmodel.OutreachFacts.uuid;

/**
 * Folds offers, check-ins, referrals, crises and the staff directory into the read
 * models. Each fact is a row keyed by its own id; every column is set by exactly one
 * topic, so arrival order never matters.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SupportFacts {

	private static final String OFFER_UPSERT = """
			INSERT INTO assignment (offer_id, case_id, supporter, %1$s) VALUES (?, ?, ?, ?)
			ON CONFLICT (offer_id) DO UPDATE SET %1$s = EXCLUDED.%1$s""";

	private final JdbcTemplate jdbc;

	private final Pseudonyms pseudonyms;

	private final ReadModelChanges changes;

	SupportFacts(JdbcTemplate jdbc, Pseudonyms pseudonyms, ReadModelChanges changes) {
		this.jdbc = jdbc;
		this.pseudonyms = pseudonyms;
		this.changes = changes;
	}

	void offered(AssignmentOffered offered) {
		offer("offered_at", offered.offerId(), offered.caseId(), offered.supporterId(), offered.offeredAt());
		this.jdbc.update("""
				INSERT INTO case_timeline (case_id, first_offered_at, last_offered_at) VALUES (?, ?, ?)
				ON CONFLICT (case_id) DO UPDATE
				SET first_offered_at = LEAST(case_timeline.first_offered_at, EXCLUDED.first_offered_at),
				    last_offered_at = GREATEST(case_timeline.last_offered_at, EXCLUDED.last_offered_at)""",
				uuid(offered.caseId()), at(offered.offeredAt()), at(offered.offeredAt()));
	}

	void accepted(AssignmentAccepted accepted) {
		offer("accepted_at", accepted.offerId(), accepted.caseId(), accepted.supporterId(), accepted.acceptedAt());
	}

	void declined(AssignmentDeclined declined) {
		offer("declined_at", declined.offerId(), declined.caseId(), declined.supporterId(), declined.declinedAt());
	}

	void expired(AssignmentExpired expired) {
		offer("expired_at", expired.offerId(), expired.caseId(), expired.supporterId(), expired.expiredAt());
	}

	private void offer(String column, String offerId, String caseId, String supporterId, java.time.Instant when) {
		this.jdbc.update(OFFER_UPSERT.formatted(column), offerId, uuid(caseId), this.pseudonyms.of(supporterId),
				at(when));
		this.changes.changed();
	}

	void checkin(CheckinCompleted checkin) {
		this.jdbc.update("""
				INSERT INTO checkin (checkin_id, case_id, follow_up_id, contact, crisis, completed_at)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", checkin.checkinId(), uuid(checkin.caseId()),
				checkin.followUpId(), name(checkin.contact()), checkin.crisis(), at(checkin.completedAt()));
		if (checkin.followUpId() != null) {
			this.jdbc.update("""
					INSERT INTO follow_up (follow_up_id, case_id, done_at) VALUES (?, ?, ?)
					ON CONFLICT (follow_up_id) DO UPDATE
					SET done_at = LEAST(follow_up.done_at, EXCLUDED.done_at)""", checkin.followUpId(),
					uuid(checkin.caseId()), at(checkin.completedAt()));
		}
		this.changes.changed();
	}

	void referralMade(ReferralMade made) {
		this.jdbc.update("""
				INSERT INTO referral (referral_id, case_id, kind, facility, made_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (referral_id) DO UPDATE SET case_id = EXCLUDED.case_id, kind = EXCLUDED.kind,
				    facility = EXCLUDED.facility, made_at = EXCLUDED.made_at""", made.referralId(), uuid(made.caseId()),
				name(made.kind()), made.facility(), at(made.madeAt()));
		this.changes.changed();
	}

	void referralClosed(ReferralClosed closed) {
		this.jdbc.update(
				"""
						INSERT INTO referral (referral_id, case_id, kind, facility, outcome, closed_at) VALUES (?, ?, ?, ?, ?, ?)
						ON CONFLICT (referral_id) DO UPDATE SET outcome = EXCLUDED.outcome, closed_at = EXCLUDED.closed_at,
						    kind = COALESCE(referral.kind, EXCLUDED.kind)""",
				closed.referralId(), uuid(closed.caseId()), name(closed.kind()), closed.facility(),
				name(closed.outcome()), at(closed.closedAt()));
		this.changes.changed();
	}

	void crisisRaised(CrisisRaised raised) {
		this.jdbc.update("""
				INSERT INTO crisis (crisis_id, case_id, facility, raised_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (crisis_id) DO UPDATE SET raised_at = EXCLUDED.raised_at""", raised.crisisId(),
				uuid(raised.caseId()), raised.facility(), at(raised.raisedAt()));
		this.changes.changed();
	}

	void crisisAcknowledged(CrisisAcknowledged acknowledged) {
		this.jdbc.update("""
				INSERT INTO crisis (crisis_id, case_id, facility, raised_at, acknowledged_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (crisis_id) DO UPDATE
				SET acknowledged_at = LEAST(crisis.acknowledged_at, EXCLUDED.acknowledged_at),
				    raised_at = COALESCE(crisis.raised_at, EXCLUDED.raised_at)""", acknowledged.crisisId(),
				uuid(acknowledged.caseId()), acknowledged.facility(), at(acknowledged.raisedAt()),
				at(acknowledged.acknowledgedAt()));
		this.changes.changed();
	}

	/**
	 * Someone the directory forgot (left or erased) no longer counts among active
	 * supporters; their pseudonym and department stay, as the aggregates' input. The
	 * dashboard never reads a name or an address, so nothing sealed is opened here.
	 */
	@Transactional
	void directoryTombstone(String staffId) {
		if (this.jdbc.update("UPDATE person_dimension SET active = false WHERE person = ? AND active",
				this.pseudonyms.of(staffId)) > 0) {
			this.changes.changed();
		}
	}

	/** The directory is compacted and may be replayed: an older entry never wins. */
	void directory(StaffDirectoryEntry entry) {
		this.jdbc.update("""
				INSERT INTO person_dimension (person, department, supporter, trained, training_expires_on, active,
				    max_active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (person) DO UPDATE SET department = EXCLUDED.department, supporter = EXCLUDED.supporter,
				    trained = EXCLUDED.trained, training_expires_on = EXCLUDED.training_expires_on,
				    active = EXCLUDED.active, max_active = EXCLUDED.max_active, updated_at = EXCLUDED.updated_at
				WHERE person_dimension.updated_at <= EXCLUDED.updated_at""", this.pseudonyms.of(entry.staffId()),
				entry.department(), entry.supporter(), entry.trained(),
				(entry.trainingExpiresOn() != null) ? Date.valueOf(entry.trainingExpiresOn()) : null, entry.active(),
				entry.maxActive(), at((entry.updatedAt() != null) ? entry.updatedAt() : java.time.Instant.EPOCH));
		this.changes.changed();
	}

}
