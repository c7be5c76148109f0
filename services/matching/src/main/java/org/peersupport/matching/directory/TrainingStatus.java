package org.peersupport.matching.directory;

import java.time.LocalDate;

/**
 * A supporter's peer-support training as matching counts it. When training records exist
 * (the admin API), they decide; otherwise the roster's columns do.
 *
 * @param trained whether they completed the qualifying training
 * @param expiresOn the last day it is valid, or null when it does not expire
 */
public record TrainingStatus(boolean trained, LocalDate expiresOn) {

	/** Whether the training is valid on the given day. */
	public boolean currentOn(LocalDate day) {
		return this.trained && (this.expiresOn == null || !this.expiresOn.isBefore(day));
	}

}
