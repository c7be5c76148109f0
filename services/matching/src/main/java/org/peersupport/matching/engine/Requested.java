package org.peersupport.matching.engine;

/**
 * What a clinician asked for when they requested a check-in themselves. A soft
 * preference, weighted heavily: a supporter who meets it ranks first, but nobody is left
 * unmatched because nobody does (the facility's department rule stays the only hard
 * department constraint).
 *
 * @param department the same department, another, or no preference
 * @param sameRole whether they would like a supporter of their own role
 * @param language a language code, or null
 */
public record Requested(DepartmentChoice department, boolean sameRole, String language) {

	/** Nothing asked for: every supporter meets it equally. */
	public static final Requested NOTHING = new Requested(DepartmentChoice.NO_PREFERENCE, false, null);

	/** How many choices there are to meet. */
	public int choices() {
		return ((this.department != DepartmentChoice.NO_PREFERENCE) ? 1 : 0) + (this.sameRole ? 1 : 0)
				+ ((this.language != null) ? 1 : 0);
	}

}
