package org.peersupport.matching.privacy;

import org.peersupport.contracts.events.CasePurged;

/**
 * One part of purging a closed case from matching once outreach has purged it: the
 * feature that keeps records of the case deletes or anonymizes them, in the listener's
 * transaction. Spring calls every implementation. Kept here, beside
 * {@link PersonErasure}, so that this package depends on no feature and every feature may
 * implement both.
 */
public interface CasePurge {

	/** Deletes or anonymizes what this feature keeps of {@code purged}'s case. */
	void purge(CasePurged purged);

}
