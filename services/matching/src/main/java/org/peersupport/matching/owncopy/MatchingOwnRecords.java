package org.peersupport.matching.owncopy;

import org.peersupport.accesstrail.OwnRecords;
import org.peersupport.shredding.PersonKeys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What matching holds about a member of staff, for their own copy: their directory entry,
 * what they chose for matching, the offers and check-ins about them and, for supporters,
 * their training, availability, offers and the check-ins they recorded.
 */
@Configuration(proxyBeanMethods = false)
class MatchingOwnRecords {

	@Bean
	OwnRecords ownDirectoryEntry(JdbcTemplate jdbc, PersonKeys keys) {
		return OwnRecords.rows(jdbc, "directoryEntry", "Your entry in the staff directory, as it was imported.",
				"SELECT staff_id AS \"staffId\", name, email, department, role, specialty, seniority, languages, "
						+ "identity_tags AS \"identityTags\", supervisor_id AS \"supervisorId\", supporter, trained, "
						+ "trained_on AS \"trainedOn\", training_expires_on AS \"trainingExpiresOn\", "
						+ "max_active AS \"maxActive\", started_on AS \"startedOn\", updated_at AS \"updatedAt\" "
						+ "FROM staff_member WHERE staff_id = ?",
				// Stored sealed with the person's key: their copy shows the name itself.
				OwnRecords.columns(keys::shown, "name", "email"));
	}

	@Bean
	OwnRecords ownMatchingPreferences(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "matchingPreferences", null,
				"SELECT languages, identity_preferences AS \"identityPreferences\", department_choice AS "
						+ "\"departmentChoice\", updated_at AS \"updatedAt\" FROM clinician_preference WHERE staff_id = ?");
	}

	@Bean
	OwnRecords ownOffersForYou(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "offersForYou",
				"Offers of a check-in with you. Which supporters were asked and declined is theirs, not shown.",
				"SELECT id AS \"offerId\", case_id AS \"caseId\", status, offered_at AS \"offeredAt\", "
						+ "answered_at AS \"answeredAt\" FROM offer WHERE staff_id = ? ORDER BY offered_at, id");
	}

	@Bean
	OwnRecords ownCheckInsWithYou(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "checkInsWithYou",
				"A check-in keeps codes only (reached or not, needs, referral codes, consent, a crisis flag); "
						+ "nothing that was said is stored.",
				"SELECT id AS \"checkInId\", case_id AS \"caseId\", supporter_id AS \"supporterId\", contact, needs, "
						+ "referrals, referral_consent AS \"referralConsent\", crisis, follow_up_wanted AS "
						+ "\"followUpWanted\", completed_at AS \"completedAt\" FROM checkin WHERE staff_id = ? "
						+ "ORDER BY completed_at, id");
	}

	@Bean
	OwnRecords ownOffersToYou(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "offersToYou", "Offers made to you as a supporter.",
				"SELECT id AS \"offerId\", case_id AS \"caseId\", staff_id AS \"clinicianId\", status, "
						+ "offered_at AS \"offeredAt\", answered_at AS \"answeredAt\" FROM offer WHERE supporter_id = ? "
						+ "ORDER BY offered_at, id");
	}

	@Bean
	OwnRecords ownCheckInsYouRecorded(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "checkInsYouRecorded",
				"Check-ins you recorded as a supporter: what was recorded is about your colleague, and is theirs.",
				"SELECT id AS \"checkInId\", case_id AS \"caseId\", staff_id AS \"clinicianId\", completed_at AS "
						+ "\"completedAt\" FROM checkin WHERE supporter_id = ? ORDER BY completed_at, id");
	}

	@Bean
	OwnRecords ownSupporterState(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "supporterState", null,
				"SELECT paused, changed_at AS \"changedAt\" FROM supporter_state WHERE staff_id = ?");
	}

	@Bean
	OwnRecords ownTraining(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "training", null,
				"SELECT kind, completed_on AS \"completedOn\", expires_on AS \"expiresOn\", recorded_at AS "
						+ "\"recordedAt\" FROM training_record WHERE staff_id = ? ORDER BY completed_on, id");
	}

	@Bean
	OwnRecords ownAvailability(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "availability", null,
				"SELECT zone, windows, on_call AS \"onCall\", updated_at AS \"updatedAt\" FROM availability "
						+ "WHERE staff_id = ?");
	}

	@Bean
	OwnRecords ownSupporterNotifications(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "supporterNotifications",
				"E-mails to you as a supporter: the e-mail itself is composed when sent and not kept.",
				"SELECT kind, status, created_at AS \"createdAt\", sent_at AS \"sentAt\" FROM supporter_notification "
						+ "WHERE supporter_id = ? ORDER BY created_at, id");
	}

}
