package org.peersupport.intake.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IPrimitiveType;

/**
 * One coding (or the free text of a CodeableConcept), in a form that is the same for R4
 * and R5.
 *
 * @param system the code system, or null
 * @param code the code, or null
 * @param display the display or text, or null
 */
record FhirCode(String system, String code, String display) {

	/**
	 * The codings and the text of a CodeableConcept (or Coding), read with the
	 * version-neutral terser.
	 */
	static List<FhirCode> of(FhirTerser terser, IBase concept) {
		List<FhirCode> codes = new ArrayList<>();
		if (concept == null) {
			return codes;
		}
		switch (concept.getClass().getSimpleName()) {
			case "CodeableConcept" -> {
				for (IBase coding : terser.getValues(concept, "coding")) {
					codes.add(coding(terser, coding));
				}
				String text = terser.getSinglePrimitiveValueOrNull(concept, "text");
				if (text != null) {
					codes.add(new FhirCode(null, null, text));
				}
			}
			case "Coding" -> codes.add(coding(terser, concept));
			default -> {
				if (concept instanceof IPrimitiveType<?> primitive && primitive.getValueAsString() != null) {
					codes.add(new FhirCode(null, primitive.getValueAsString(), null));
				}
			}
		}
		return codes;
	}

	private static FhirCode coding(FhirTerser terser, IBase coding) {
		return new FhirCode(terser.getSinglePrimitiveValueOrNull(coding, "system"),
				terser.getSinglePrimitiveValueOrNull(coding, "code"),
				terser.getSinglePrimitiveValueOrNull(coding, "display"));
	}

	/**
	 * Code or display, normalised for lenient matching: senders vary in case and
	 * separators.
	 */
	boolean means(String... words) {
		for (String word : words) {
			if (normalized(this.code).equals(word) || normalized(this.display).equals(word)) {
				return true;
			}
		}
		return false;
	}

	boolean mentions(String fragment) {
		return normalized(this.code).contains(fragment) || normalized(this.display).contains(fragment);
	}

	private static String normalized(String text) {
		return (text == null) ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
	}

}
