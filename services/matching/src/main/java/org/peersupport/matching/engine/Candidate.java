package org.peersupport.matching.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.peersupport.matching.availability.Availability;

/**
 * A supporter as one matching decision sees them: profile, training, state and load.
 *
 * @param staffId the supporter
 * @param department department code, or null
 * @param role professional role, or null
 * @param specialty specialty, or null
 * @param seniority years in practice, or null
 * @param supervisorId their supervisor, or null
 * @param languages languages they speak
 * @param identityTags identity tags they chose to share
 * @param trained whether they completed the qualifying training
 * @param trainingExpiresOn when that training expires, or null when it does not
 * @param paused whether they paused themselves or were made inactive
 * @param maxActive how many open offers and cases they take at once
 * @param activeLoad open offers and accepted cases now
 * @param recentCases cases accepted in the recent window
 * @param lastHighImpactAt when they last accepted a high-impact case, or null
 * @param availability their windows and on-call slots
 */
public record Candidate(String staffId, String department, String role, String specialty, Integer seniority,
		String supervisorId, Set<String> languages, Set<String> identityTags, boolean trained,
		LocalDate trainingExpiresOn, boolean paused, int maxActive, int activeLoad, int recentCases,
		Instant lastHighImpactAt, Availability availability) {

	public Candidate {
		languages = Set.copyOf(languages);
		identityTags = Set.copyOf(identityTags);
	}

	/** Open capacity left, never negative. */
	public int freeSlots() {
		return Math.max(0, this.maxActive - this.activeLoad);
	}

}
