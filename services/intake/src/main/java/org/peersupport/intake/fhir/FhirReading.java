package org.peersupport.intake.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseExtension;
import org.hl7.fhir.instance.model.api.IBaseHasExtensions;
import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;

import org.peersupport.contracts.events.InvolvementRole;

/** Reading helpers that work the same on R4 and R5 resources. */
final class FhirReading {

	/** The AHRQ Common Formats Harm Scale question, LOINC 74560-4. */
	static final String AHRQ_HARM_EXTENSION = "74560-4";

	static final String NCC_MERP_EXTENSION = "ncc-merp";

	/** The R5 participant element, back-ported to R4 as a cross-version extension. */
	static final String PARTICIPANT_BACKPORT = "AdverseEvent.participant";

	private FhirReading() {
	}

	static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

	/** A date-time element's instant, or null when it is absent or has no valid value. */
	static Instant instant(FhirTerser terser, IBaseResource resource, String element) {
		IPrimitiveType<?> value = terser.getSingleValueOrNull(resource, element, IPrimitiveType.class);
		return (value != null && value.getValue() instanceof Date date) ? date.toInstant() : null;
	}

	/**
	 * The codes of every concept an element holds (one or a list), empty ones left out.
	 */
	static List<FhirCode> codes(FhirTerser terser, IBaseResource resource, String element) {
		List<FhirCode> codes = new ArrayList<>();
		for (IBase concept : terser.getValues(resource, element)) {
			if (!concept.isEmpty()) {
				codes.addAll(FhirCode.of(terser, concept));
			}
		}
		return codes;
	}

	/** A reference element, or null when it is absent or empty. */
	static IBaseReference reference(FhirTerser terser, IBaseResource resource, String element) {
		IBaseReference reference = terser.getSingleValueOrNull(resource, element, IBaseReference.class);
		return (reference != null && !reference.isEmpty()) ? reference : null;
	}

	static List<FhirCode> extensionCodes(FhirTerser terser, IBaseResource resource, String urlFragment) {
		List<FhirCode> codes = new ArrayList<>();
		if (resource instanceof IBaseHasExtensions withExtensions) {
			for (IBaseExtension<?, ?> extension : withExtensions.getExtension()) {
				if (extension.getUrl() != null && extension.getUrl().contains(urlFragment)
						&& extension.getValue() != null) {
					codes.addAll(FhirCode.of(terser, extension.getValue()));
				}
			}
		}
		return codes;
	}

	/** R5-style participants carried in the R4 back-port extension. */
	static List<FhirParticipant> backportedParticipants(FhirTerser terser, IBaseResource resource) {
		List<FhirParticipant> participants = new ArrayList<>();
		if (!(resource instanceof IBaseHasExtensions withExtensions)) {
			return participants;
		}
		int i = 0;
		for (IBaseExtension<?, ?> extension : withExtensions.getExtension()) {
			if (extension.getUrl() == null || !extension.getUrl().endsWith(PARTICIPANT_BACKPORT)) {
				continue;
			}
			IBaseReference actor = null;
			List<FhirCode> function = new ArrayList<>();
			for (Object part : extension.getExtension()) {
				IBaseExtension<?, ?> sub = (IBaseExtension<?, ?>) part;
				if ("actor".equals(sub.getUrl()) && sub.getValue() instanceof IBaseReference reference) {
					actor = reference;
				}
				if ("function".equals(sub.getUrl()) && sub.getValue() != null) {
					function.addAll(FhirCode.of(terser, sub.getValue()));
				}
			}
			if (actor != null) {
				participants.add(new FhirParticipant("extension[participant " + i + "].actor", actor, function,
						InvolvementRole.PARTICIPANT));
			}
			i++;
		}
		return participants;
	}

	/** The unit: the reference's display, or the name of the Location it points to. */
	static String location(FhirTerser terser, ResourceIndex index, IBaseReference reference) {
		if (reference == null) {
			return null;
		}
		String display = terser.getSinglePrimitiveValueOrNull(reference, "display");
		if (display != null && !display.isBlank()) {
			return display.strip();
		}
		IBaseResource location = index.resolve(reference);
		return (location != null) ? terser.getSinglePrimitiveValueOrNull(location, "name") : null;
	}

}
