package org.peersupport.matching.engine;

import java.util.Set;

/**
 * The clinician to support, as matching sees them: directory data plus the preferences
 * they chose to state.
 *
 * @param staffId the clinician
 * @param work where and as what they work
 * @param languages languages they would like to be supported in
 * @param identityPreferences identity tags they would like their supporter to share
 * @param departmentChoice their department choice, used under CLINICIAN_CHOICE
 */
public record Clinician(String staffId, Work work, Set<String> languages, Set<String> identityPreferences,
		DepartmentChoice departmentChoice) {

	public Clinician {
		languages = Set.copyOf(languages);
		identityPreferences = Set.copyOf(identityPreferences);
	}

}
