package org.peersupport.intake.owncopy;

import org.peersupport.accesstrail.OwnRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What intake holds about a member of staff, for their own copy: the reports that name
 * them, as the minimised event keeps them. Intake stores no narrative and no patient, so
 * there is none to show; the others involved are theirs to see, not this person's.
 */
@Configuration(proxyBeanMethods = false)
class IntakeOwnRecords {

	@Bean
	OwnRecords ownReportsNamingYou(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "reportsNamingYou",
				"Intake keeps no narrative and no patient detail of any report, so none can be shown. Each row is "
						+ "a report that names you: its id, your role in the event, when it happened and when it "
						+ "was received. Who else was involved is left out.",
				"SELECT r.id AS \"eventId\", i ->> 'role' AS \"role\", r.minimized_event::jsonb ->> 'occurredAt' "
						+ "AS \"occurredAt\", r.received_at AS \"receivedAt\", r.status AS \"status\" "
						+ "FROM received_report r, jsonb_array_elements(r.minimized_event::jsonb -> 'involved') i "
						+ "WHERE i ->> 'staffId' = ? ORDER BY r.received_at, r.id");
	}

}
