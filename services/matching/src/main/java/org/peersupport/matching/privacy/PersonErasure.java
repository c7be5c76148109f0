package org.peersupport.matching.privacy;

import java.time.Instant;

/**
 * One part of erasing a person from matching: each feature that keeps records of people
 * erases its own, in the listener's transaction. Spring calls every implementation.
 */
public interface PersonErasure {

	/** Deletes or crypto-shreds what this feature keeps of {@code staffId}. */
	void erase(String staffId, Instant requestedAt);

}
