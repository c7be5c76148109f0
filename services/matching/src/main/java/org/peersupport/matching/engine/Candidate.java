package org.peersupport.matching.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.peersupport.matching.availability.Availability;

/**
 * A supporter as one matching decision sees them: profile, training, state and load.
 *
 * @param staffId the supporter
 * @param work where and as what they work
 * @param languages languages they speak
 * @param identityTags identity tags they chose to share
 * @param readiness whether they may take a case at all
 * @param workload how much they carry
 * @param availability their windows and on-call slots
 */
public record Candidate(String staffId, Work work, Set<String> languages, Set<String> identityTags, Readiness readiness,
		Workload workload, Availability availability) {

	public Candidate {
		languages = Set.copyOf(languages);
		identityTags = Set.copyOf(identityTags);
	}

	/** Open capacity left, never negative. */
	public int freeSlots() {
		return Math.max(0, this.workload.maxActive() - this.workload.activeLoad());
	}

	/**
	 * @param trained whether they completed the qualifying training
	 * @param trainingExpiresOn when that training expires, or null when it does not
	 * @param paused whether they paused themselves or were made inactive
	 */
	public record Readiness(boolean trained, LocalDate trainingExpiresOn, boolean paused) {
	}

	/**
	 * @param maxActive how many open offers and cases they take at once
	 * @param activeLoad open offers and accepted cases now
	 * @param recentCases cases accepted in the recent window
	 * @param lastHighImpactAt when they last accepted a high-impact case, or null
	 */
	public record Workload(int maxActive, int activeLoad, int recentCases, Instant lastHighImpactAt) {
	}

}
