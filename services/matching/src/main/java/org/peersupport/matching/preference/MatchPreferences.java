package org.peersupport.matching.preference;

import java.util.List;

import org.peersupport.matching.engine.DepartmentChoice;

/**
 * What a clinician chose to state about who supports them. All optional; codes only.
 *
 * @param languages languages they would like to be supported in
 * @param identityPreferences identity tags they would like their supporter to share
 * @param departmentChoice where the supporter should come from, when the program lets
 * clinicians choose
 */
public record MatchPreferences(List<String> languages, List<String> identityPreferences,
		DepartmentChoice departmentChoice) {

	public static final MatchPreferences NONE = new MatchPreferences(List.of(), List.of(),
			DepartmentChoice.NO_PREFERENCE);

	public MatchPreferences {
		languages = List.copyOf(languages);
		identityPreferences = List.copyOf(identityPreferences);
	}

}
