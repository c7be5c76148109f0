package org.peersupport.contracts.events;

/**
 * What a clinician who asked for a check-in chose about it, as codes: matching honours
 * them as preferences. Every choice is optional.
 *
 * @param department the same department or another, or null for either
 * @param sameRole whether they would like a supporter of their own role
 * @param language a language code (BCP 47, such as {@code es}), or null
 * @param channel how they would like to be contacted, or null for their usual channel
 */
public record SupportPreferences(DepartmentPreference department, boolean sameRole, String language,
		ContactChannel channel) {

	/** Nothing chosen. */
	public static final SupportPreferences NONE = new SupportPreferences(null, false, null, null);

	public boolean noneChosen() {
		return NONE.equals(this);
	}

}
