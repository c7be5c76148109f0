package org.peersupport.outreach.selfrequest;

import java.util.List;

/**
 * The lines a clinician who needs to talk now can call at once, before anyone from the
 * program answers: shown with every answer to a request, without waiting for anything.
 */
public final class CrisisLines {

	/** National lines in the United States, open around the clock. */
	public static final List<Line> NOW = List.of(
			new Line("988 Suicide & Crisis Lifeline", "988", "tel:988", "Call or text 988, any hour."),
			new Line("Physician Support Line", "1-888-409-0141", "tel:+18884090141",
					"Volunteer psychiatrists who listen, for physicians and medical students."));

	private CrisisLines() {
	}

	/**
	 * One line.
	 *
	 * @param name what it is called
	 * @param number the number to call, as people write it
	 * @param href a {@code tel:} link for phones and tablets
	 * @param when who answers and when
	 */
	public record Line(String name, String number, String href, String when) {
	}

}
