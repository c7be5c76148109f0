package org.peersupport.referral.crisis;

import java.util.List;
import java.util.Set;

import org.peersupport.security.Actor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which crises an on-call lead may see and acknowledge: those of their facilities (all of
 * them when the token sets no limit), and any crisis they were paged for. The rota is
 * program-wide, so a lead limited to one facility can be paged for another facility's
 * crisis; refusing them the crisis they were asked to take would keep it paging while
 * they try to act.
 */
@Component
class LeadReach {

	private final JdbcTemplate jdbc;

	LeadReach(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	boolean reaches(Actor lead, Crisis crisis) {
		return lead.covers(crisis.facility()) || pagedTo(lead).contains(crisis.id());
	}

	List<Crisis> within(Actor lead, List<Crisis> crises) {
		if (lead.facilities().isEmpty()) {
			return crises;
		}
		Set<String> paged = pagedTo(lead);
		return crises.stream()
			.filter((crisis) -> lead.covers(crisis.facility()) || paged.contains(crisis.id()))
			.toList();
	}

	private Set<String> pagedTo(Actor lead) {
		if (lead.staffId() == null) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.queryForList("SELECT DISTINCT crisis_id FROM crisis_page WHERE lead_id = ?",
				String.class, lead.staffId()));
	}

}
