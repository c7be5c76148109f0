package org.peersupport.matching.offer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.peersupport.contracts.events.DepartmentPreference;
import org.peersupport.contracts.events.SupportPreferences;
import org.peersupport.matching.engine.DepartmentChoice;
import org.peersupport.matching.engine.Requested;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each case's clinician asked for, as the latest {@code outreach.due.v1} said: a
 * case sent again without choices has none any more.
 */
@Component
class RequestedSupportBook {

	private final JdbcTemplate jdbc;

	RequestedSupportBook(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void record(UUID caseId, SupportPreferences chosen, Instant at) {
		if (chosen == null || chosen.noneChosen()) {
			this.jdbc.update("DELETE FROM requested_support WHERE case_id = ?", caseId);
			return;
		}
		this.jdbc.update("""
				INSERT INTO requested_support (case_id, department, same_role, language, channel, updated_at)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (case_id) DO UPDATE SET department = EXCLUDED.department, same_role = EXCLUDED.same_role,
				    language = EXCLUDED.language, channel = EXCLUDED.channel, updated_at = EXCLUDED.updated_at""",
				caseId, (chosen.department() != null) ? chosen.department().name() : null, chosen.sameRole(),
				chosen.language(), (chosen.channel() != null) ? chosen.channel().name() : null, Timestamp.from(at));
	}

	Requested of(UUID caseId) {
		return this.jdbc
			.query("SELECT department, same_role, language FROM requested_support WHERE case_id = ?",
					(rs, i) -> new Requested(department(rs.getString(1)), rs.getBoolean(2), rs.getString(3)), caseId)
			.stream()
			.findFirst()
			.orElse(Requested.NOTHING);
	}

	private static DepartmentChoice department(String code) {
		if (code == null) {
			return DepartmentChoice.NO_PREFERENCE;
		}
		return (DepartmentPreference.valueOf(code) == DepartmentPreference.SAME_DEPARTMENT)
				? DepartmentChoice.SAME_DEPARTMENT : DepartmentChoice.OTHER_DEPARTMENT;
	}

}
