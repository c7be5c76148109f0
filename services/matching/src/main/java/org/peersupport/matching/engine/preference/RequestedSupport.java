package org.peersupport.matching.engine.preference;

import java.util.Locale;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.DepartmentChoice;
import org.peersupport.matching.engine.Preference;
import org.peersupport.matching.engine.Requested;

/**
 * The share of what the clinician asked for that the supporter meets: the department
 * (same or other), their role, their language. 0 for everyone when they asked nothing.
 */
public final class RequestedSupport implements Preference {

	@Override
	public String name() {
		return "requestedSupport";
	}

	@Override
	public double value(CaseToMatch matchCase, Candidate supporter) {
		Requested requested = matchCase.requested();
		int choices = requested.choices();
		if (choices == 0) {
			return 0;
		}
		int met = 0;
		if (requested.department() != DepartmentChoice.NO_PREFERENCE) {
			boolean same = Text.same(matchCase.clinician().work().department(), supporter.work().department());
			met += (same == (requested.department() == DepartmentChoice.SAME_DEPARTMENT)) ? 1 : 0;
		}
		if (requested.sameRole() && Text.same(matchCase.clinician().work().role(), supporter.work().role())) {
			met++;
		}
		if (requested.language() != null && speaks(supporter, requested.language())) {
			met++;
		}
		return (double) met / choices;
	}

	/** {@code pt-BR} is met by a supporter who speaks {@code pt} too. */
	private static boolean speaks(Candidate supporter, String language) {
		String primary = language.split("-")[0].toLowerCase(Locale.ROOT);
		return supporter.languages()
			.stream()
			.map((spoken) -> spoken.strip().split("-")[0].toLowerCase(Locale.ROOT))
			.anyMatch(primary::equals);
	}

}
