package org.peersupport.outreach.owncopy;

import org.peersupport.accesstrail.OwnRecords;
import org.peersupport.shredding.PersonKeys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What outreach holds about a member of staff, for their own copy: their cases as they
 * see them on the check-in page, their preferences and their history, their last shift,
 * the directory entry outreach keeps, follow-ups and campaigns they were part of.
 */
@Configuration(proxyBeanMethods = false)
class OutreachOwnRecords {

	@Bean
	OwnRecords ownCases(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "cases",
				"What started a case (an incident, a colleague's word, a campaign) and how the program handled it "
						+ "are never shown to the clinician (DESIGN.md, \"How a case starts\"); no notes exist.",
				"SELECT id AS \"caseId\", status, opened_at AS \"openedAt\", due_at AS \"dueAt\", offered_at AS "
						+ "\"offeredAt\", supporter_id AS \"supporterId\", closed_at AS \"closedAt\" FROM outreach_case "
						+ "WHERE staff_id = ? ORDER BY opened_at, id");
	}

	@Bean
	OwnRecords ownPreferences(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "preferences", null,
				"SELECT contact_from AS \"contactFrom\", contact_until AS \"contactUntil\", time_zone AS \"timeZone\", "
						+ "channel, opted_out AS \"optedOut\", updated_at AS \"updatedAt\" FROM clinician_preferences "
						+ "WHERE staff_id = ?");
	}

	@Bean
	OwnRecords ownPreferenceChanges(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "preferenceChanges", null,
				"SELECT opted_out AS \"optedOut\", channel, changed_by = staff_id AS \"changedByYou\", changed_at AS "
						+ "\"changedAt\" FROM clinician_preferences_change WHERE staff_id = ? ORDER BY changed_at, id");
	}

	@Bean
	OwnRecords ownLastShift(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "lastShift", null,
				"SELECT last_shift_end AS \"lastShiftEnd\", night_shift AS \"nightShift\", updated_at AS \"updatedAt\" "
						+ "FROM clinician_shift WHERE staff_id = ?");
	}

	@Bean
	OwnRecords ownDirectoryEntry(JdbcTemplate jdbc, PersonKeys keys) {
		return OwnRecords.rows(jdbc, "directoryEntry", "Outreach's copy of your directory entry (from matching).",
				"SELECT name, role, department, active, started_on AS \"startedOn\", supporter, trained, max_active AS "
						+ "\"maxActive\", updated_at AS \"updatedAt\" FROM staff_profile WHERE staff_id = ?",
				// Stored sealed with the person's key: their copy shows the name itself.
				OwnRecords.columns(keys::shown, "name"));
	}

	@Bean
	OwnRecords ownFollowUps(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "followUps", null,
				"SELECT id AS \"followUpId\", case_id AS \"caseId\", trigger, due_at AS \"dueAt\", respond_by AS "
						+ "\"respondBy\", status FROM follow_up WHERE staff_id = ? ORDER BY due_at, id");
	}

	@Bean
	OwnRecords ownCampaigns(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "campaigns", null,
				"SELECT m.campaign_id AS \"campaignId\", c.name AS \"campaign\", m.eligible_at AS \"eligibleAt\", "
						+ "m.outcome, m.added_at AS \"addedAt\", m.acted_at AS \"actedAt\" FROM campaign_member m "
						+ "JOIN campaign c ON c.id = m.campaign_id WHERE m.staff_id = ? ORDER BY m.added_at");
	}

}
