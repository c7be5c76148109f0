package org.peersupport.intake.fhir;

import java.util.List;

import org.peersupport.contracts.events.EventCategory;

/**
 * The event category from FHIR's adverse-event-category codes (R4 {@code wrong-dose}, R5
 * {@code medication-mishap}, …) or recognisable words in codes and text. Unknown stays
 * unknown.
 */
final class CategoryRules {

	private CategoryRules() {
	}

	static EventCategory category(List<FhirCode> codes) {
		for (FhirCode code : codes) {
			EventCategory category = categoryOf(code);
			if (category != null) {
				return category;
			}
		}
		return null;
	}

	private static EventCategory categoryOf(FhirCode code) {
		if (code.mentions("violence") || code.mentions("assault")) {
			return EventCategory.VIOLENCE_AGAINST_STAFF;
		}
		if (code.mentions("resuscitation") || code.mentions("cardiac-arrest") || code.mentions("code-blue")) {
			return EventCategory.RESUSCITATION;
		}
		if (code.mentions("medication") || code.mentions("wrong-dose") || code.mentions("wrong-route")
				|| code.mentions("wrong-rate") || code.mentions("wrong-duration") || code.mentions("wrong-time")
				|| code.mentions("expired-drug") || code.mentions("incorrect-prescribing")) {
			return EventCategory.MEDICATION;
		}
		if (code.mentions("procedure") || code.mentions("surg") || code.mentions("wrong-body-site")) {
			return EventCategory.SURGICAL;
		}
		if (code.mentions("device")) {
			return EventCategory.DEVICE;
		}
		if (code.mentions("infection")) {
			return EventCategory.INFECTION;
		}
		if (code.mentions("fall")) {
			return EventCategory.FALL;
		}
		if (code.mentions("diagnos")) {
			return EventCategory.DIAGNOSTIC;
		}
		return null;
	}

}
