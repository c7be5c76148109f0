package org.peersupport.referral.owncopy;

import org.peersupport.accesstrail.OwnRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What referral holds about a member of staff, for their own copy: referrals made for
 * them, crises about them, and, for supporters and on-call leads, the crises they raised,
 * were paged for or acknowledged.
 */
@Configuration(proxyBeanMethods = false)
class ReferralOwnRecords {

	@Bean
	OwnRecords ownReferrals(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "referrals", "Referrals keep a kind and a resource code, never a reason.",
				"SELECT id AS \"referralId\", case_id AS \"caseId\", kind, resource_code AS \"resourceCode\", status, "
						+ "outcome, made_at AS \"madeAt\", follow_up_at AS \"followUpAt\", closed_at AS \"closedAt\" "
						+ "FROM referral WHERE staff_id = ? ORDER BY made_at, id");
	}

	@Bean
	OwnRecords ownCrisesAboutYou(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "crisesAboutYou", null,
				"SELECT id AS \"crisisId\", case_id AS \"caseId\", raised_at AS \"raisedAt\", "
						+ "acknowledged_at AS \"acknowledgedAt\" FROM crisis WHERE staff_id = ? ORDER BY raised_at, id");
	}

	@Bean
	OwnRecords ownCrisesYouRaised(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "crisesYouRaised", "Crises you raised at a check-in you recorded as a supporter.",
				"SELECT id AS \"crisisId\", raised_at AS \"raisedAt\", acknowledged_at AS \"acknowledgedAt\" "
						+ "FROM crisis WHERE supporter_id = ? ORDER BY raised_at, id");
	}

	@Bean
	OwnRecords ownCrisisPagesToYou(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "crisisPagesToYou", "Pages sent to you as an on-call lead.",
				"SELECT crisis_id AS \"crisisId\", pager_id AS \"pagerId\", attempted_at AS \"attemptedAt\", delivered "
						+ "FROM crisis_page WHERE lead_id = ? ORDER BY attempted_at, id");
	}

	@Bean
	OwnRecords ownCrisesYouAcknowledged(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "crisesYouAcknowledged", null,
				"SELECT id AS \"crisisId\", acknowledged_at AS \"acknowledgedAt\" FROM crisis "
						+ "WHERE acknowledged_by = ? ORDER BY acknowledged_at, id");
	}

	@Bean
	OwnRecords ownOnCallRota(JdbcTemplate jdbc) {
		return OwnRecords.rows(jdbc, "onCallRota", null,
				"SELECT position, pager_id AS \"pagerId\" FROM on_call_lead WHERE lead_id = ?");
	}

}
