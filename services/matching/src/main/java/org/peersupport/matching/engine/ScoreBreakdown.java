package org.peersupport.matching.engine;

import java.util.List;

/**
 * How a supporter's score came about, term by term.
 *
 * @param terms one per preference
 * @param total the sum of the points
 */
public record ScoreBreakdown(List<Term> terms, double total) {

	public ScoreBreakdown {
		terms = List.copyOf(terms);
	}

	/**
	 * One preference's part of the score.
	 *
	 * @param preference the preference's name
	 * @param weight its configured weight
	 * @param value how well the supporter meets it, 0 to 1
	 * @param points weight times value
	 */
	public record Term(String preference, double weight, double value, double points) {
	}

}
