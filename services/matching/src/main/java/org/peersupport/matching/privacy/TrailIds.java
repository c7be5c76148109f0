package org.peersupport.matching.privacy;

import java.util.Collection;
import java.util.UUID;

import org.peersupport.accesstrail.TrailPseudonyms;

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

	TrailIds(TrailPseudonyms pseudonyms) {
		this.pseudonyms = pseudonyms;
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
