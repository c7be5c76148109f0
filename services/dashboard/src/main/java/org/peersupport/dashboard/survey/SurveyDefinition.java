package org.peersupport.dashboard.survey;

import java.util.List;

/**
 * A pre/post survey the program runs.
 *
 * @param code a stable code, such as {@code svest-short}
 * @param title what it is called
 * @param population CLINICIAN (supported clinicians) or SUPPORTER (peer supporters)
 * @param items the questions, in order
 */
record SurveyDefinition(String code, String title, String population, List<Item> items) {

	/**
	 * One question on a Likert scale.
	 *
	 * @param code a stable code within the survey
	 * @param text the wording
	 * @param scale the scale it contributes to (for example {@code empathy})
	 * @param min the lowest answer
	 * @param max the highest answer
	 * @param reverse whether it is reverse-scored (min + max - answer)
	 */
	public record Item(String code, String text, String scale, Integer min, Integer max, Boolean reverse) {

		int score(int answer) {
			return Boolean.TRUE.equals(this.reverse) ? this.min + this.max - answer : answer;
		}

	}

}
