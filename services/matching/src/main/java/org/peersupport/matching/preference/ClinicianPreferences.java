package org.peersupport.matching.preference;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.peersupport.matching.engine.DepartmentChoice;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clinicians' match preferences, replaced whole by the clinician. */
@Service
public class ClinicianPreferences {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ClinicianPreferences(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public MatchPreferences of(String staffId) {
		return this.jdbc
			.query("SELECT * FROM clinician_preference WHERE staff_id = ?",
					(rs, row) -> new MatchPreferences(split(rs.getString("languages")),
							split(rs.getString("identity_preferences")),
							DepartmentChoice.valueOf(rs.getString("department_choice"))),
					staffId)
			.stream()
			.findFirst()
			.orElse(MatchPreferences.NONE);
	}

	@Transactional
	public MatchPreferences replace(String staffId, MatchPreferences preferences) {
		this.jdbc.update(
				"INSERT INTO clinician_preference (staff_id, languages, identity_preferences, department_choice, updated_at) "
						+ "VALUES (?, ?, ?, ?, ?) ON CONFLICT (staff_id) DO UPDATE SET languages = EXCLUDED.languages, "
						+ "identity_preferences = EXCLUDED.identity_preferences, "
						+ "department_choice = EXCLUDED.department_choice, updated_at = EXCLUDED.updated_at",
				staffId, String.join(",", preferences.languages()), String.join(",", preferences.identityPreferences()),
				preferences.departmentChoice().name(), Timestamp.from(this.clock.instant()));
		return preferences;
	}

	private static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

}
