package org.peersupport.matching.engine;

/**
 * An eligible supporter with their total score for one case. The term-by-term breakdown
 * is computed again only for the supporter chosen, so ranking thousands of supporters
 * stays light.
 *
 * @param candidate the supporter
 * @param total the weighted sum of their preference values
 */
public record Scored(Candidate candidate, double total) {

	public String staffId() {
		return this.candidate.staffId();
	}

}
