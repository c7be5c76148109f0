package org.peersupport.matching.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.peersupport.accesstrail.TrailPseudonyms;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces ids whose records are gone by pseudonyms in the access trail. Each id gets a
 * random pseudonym of its own, drawn fresh: nothing derived from the id, so the entries
 * cannot be linked back to the person or case, even by someone holding the trail's key.
 */
@Component
public class TrailIds {

	private final TrailPseudonyms pseudonyms;

	private final JdbcTemplate jdbc;

	TrailIds(TrailPseudonyms pseudonyms, JdbcTemplate jdbc) {
		this.pseudonyms = pseudonyms;
		this.jdbc = jdbc;
	}

	/**
	 * Pseudonymizes every entry naming the person: by staff id, and by the token subjects
	 * they signed in with (the identity provider's, which need not be the staff id).
	 * @return how many trail entries changed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int forgetPerson(String staffId) {
		List<String> ids = new ArrayList<>(this.jdbc.queryForList(
				"SELECT DISTINCT actor_subject FROM access_trail WHERE actor_staff_id = ? AND actor_subject IS NOT NULL",
				String.class, staffId));
		ids.add(staffId);
		return forget(ids);
	}

	/**
	 * Pseudonymizes every entry naming one of the ids.
	 * @return how many trail entries changed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int forget(Collection<String> ids) {
		int changed = 0;
		for (String id : ids) {
			changed += this.pseudonyms.pseudonymize(id, "pseudonym-" + UUID.randomUUID());
		}
		return changed;
	}

}
