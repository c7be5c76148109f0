package org.peersupport.matching.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peersupport.matching.engine.MatchingPolicy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the qualifying training from the training records: a supporter qualifies through
 * their latest qualifying record, and never expires when a record has no expiry.
 */
@Component
public class TrainingLedger {

	private static final String SUMMARY = "SELECT staff_id, bool_or(expires_on IS NULL) AS never_expires, "
			+ "max(expires_on) AS latest FROM training_record WHERE kind = ANY (?) %s GROUP BY staff_id";

	private final JdbcTemplate jdbc;

	private final String[] qualifying;

	TrainingLedger(JdbcTemplate jdbc, MatchingPolicy policy) {
		this.jdbc = jdbc;
		this.qualifying = policy.qualifyingTraining().toArray(String[]::new);
	}

	/** Every member's training status, by staff id, for the given roster. */
	public Map<String, TrainingStatus> statuses(List<StaffMember> members) {
		Map<String, TrainingStatus> fromRecords = new HashMap<>();
		this.jdbc.query(SUMMARY.formatted(""), (rs) -> {
			fromRecords.put(rs.getString("staff_id"), new TrainingStatus(true,
					rs.getBoolean("never_expires") ? null : rs.getObject("latest", java.time.LocalDate.class)));
		}, (Object) this.qualifying);
		Map<String, TrainingStatus> statuses = new HashMap<>();
		for (StaffMember member : members) {
			statuses.put(member.staffId(), fromRecords.getOrDefault(member.staffId(), fromRoster(member)));
		}
		return statuses;
	}

	/**
	 * Who holds a training of one kind, from the records only (the roster has no column
	 * for it): by staff id, with the latest expiry or none.
	 */
	public Map<String, TrainingStatus> holdersOf(String kind) {
		Map<String, TrainingStatus> holders = new HashMap<>();
		this.jdbc.query(SUMMARY.formatted(""), (rs) -> {
			holders.put(rs.getString("staff_id"), new TrainingStatus(true,
					rs.getBoolean("never_expires") ? null : rs.getObject("latest", java.time.LocalDate.class)));
		}, (Object) new String[] { kind });
		return holders;
	}

	public TrainingStatus status(StaffMember member) {
		List<TrainingStatus> fromRecords = this.jdbc.query(SUMMARY.formatted("AND staff_id = ?"),
				(rs, row) -> new TrainingStatus(true,
						rs.getBoolean("never_expires") ? null : rs.getObject("latest", java.time.LocalDate.class)),
				this.qualifying, member.staffId());
		return fromRecords.isEmpty() ? fromRoster(member) : fromRecords.get(0);
	}

	private static TrainingStatus fromRoster(StaffMember member) {
		StaffMember.Volunteering roster = member.volunteering();
		return new TrainingStatus(roster.trained(), roster.trained() ? roster.trainingExpiresOn() : null);
	}

}
