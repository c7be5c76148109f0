package org.peersupport.outreach.outreachcase;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.peersupport.contracts.events.ContactChannel;
import org.peersupport.contracts.events.DepartmentPreference;
import org.peersupport.contracts.events.SupportPreferences;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a clinician chose when they asked for a check-in: kept with their case and sent to
 * matching with it. A later request to the same case replaces the choices.
 */
@Service
public class CasePreferences {

	private final JdbcTemplate jdbc;

	CasePreferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void save(UUID caseId, SupportPreferences chosen, Instant at) {
		this.jdbc.update("""
				INSERT INTO case_preferences (case_id, department, same_role, language, channel, updated_at)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (case_id) DO UPDATE SET department = EXCLUDED.department, same_role = EXCLUDED.same_role,
				    language = EXCLUDED.language, channel = EXCLUDED.channel, updated_at = EXCLUDED.updated_at""",
				caseId, name(chosen.department()), chosen.sameRole(), chosen.language(), name(chosen.channel()),
				Timestamp.from(at));
	}

	/** The case's choices, or null when nobody asked for it with any. */
	public SupportPreferences of(UUID caseId) {
		return this.jdbc
			.query("SELECT department, same_role, language, channel FROM case_preferences WHERE case_id = ?",
					(rs, i) -> new SupportPreferences(
							(rs.getString(1) != null) ? DepartmentPreference.valueOf(rs.getString(1)) : null,
							rs.getBoolean(2), rs.getString(3),
							(rs.getString(4) != null) ? ContactChannel.valueOf(rs.getString(4)) : null),
					caseId)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
