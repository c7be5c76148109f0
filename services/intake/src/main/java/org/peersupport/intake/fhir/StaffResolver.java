package org.peersupport.intake.fhir;

import java.util.List;

import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Turns a participant reference into a staff id, from an identifier in one of the
 * configured systems (the hospital's employee id, NPI, …) so that it matches the staff
 * directory. Patients and related persons are never staff. Messages say why a participant
 * was skipped, never who.
 */
final class StaffResolver {

	private final FhirTerser terser;

	private final ResourceIndex index;

	private final List<String> systems;

	StaffResolver(FhirTerser terser, ResourceIndex index, List<String> systems) {
		this.terser = terser;
		this.index = index;
		this.systems = systems;
	}

	/** The staff id, or a reason starting with the participant's path. */
	Resolution resolve(String path, IBaseReference reference) {
		String logical = staffIdentifier(reference);
		if (logical != null) {
			return Resolution.staff(logical);
		}
		IBaseResource target = this.index.resolve(reference);
		if (target == null) {
			return Resolution.skipped(path + ": the reference does not resolve to a resource in the request");
		}
		return switch (target.fhirType()) {
			case "Practitioner" -> fromIdentifiers(path, target);
			case "PractitionerRole" -> fromRole(path, target);
			case "Patient", "RelatedPerson" ->
				Resolution.skipped(path + ": a " + target.fhirType() + " is never staff");
			default -> Resolution.skipped(path + ": a " + target.fhirType() + " is not a staff member");
		};
	}

	private Resolution fromRole(String path, IBaseResource role) {
		Resolution own = fromIdentifiers(path, role);
		if (own.staffId() != null) {
			return own;
		}
		IBaseReference practitioner = this.terser.getSingleValueOrNull(role, "practitioner", IBaseReference.class);
		return (practitioner != null) ? resolve(path + ".practitioner", practitioner) : own;
	}

	private Resolution fromIdentifiers(String path, IBase resource) {
		String staffId = identifierIn(this.terser.getValues(resource, "identifier"));
		return (staffId != null) ? Resolution.staff(staffId) : Resolution
			.skipped(path + ": no identifier in a staff identifier system (" + String.join(", ", this.systems) + ")");
	}

	private String staffIdentifier(IBaseReference reference) {
		return identifierIn(this.terser.getValues(reference, "identifier"));
	}

	/** The value in the most preferred configured system. */
	private String identifierIn(List<IBase> identifiers) {
		for (String system : this.systems) {
			for (IBase identifier : identifiers) {
				String value = this.terser.getSinglePrimitiveValueOrNull(identifier, "value");
				if (system.equals(this.terser.getSinglePrimitiveValueOrNull(identifier, "system")) && value != null
						&& !value.isBlank()) {
					return value.strip();
				}
			}
		}
		return null;
	}

	/**
	 * @param staffId the staff id, or null
	 * @param skipped why not, or null
	 */
	record Resolution(String staffId, String skipped) {

		static Resolution staff(String staffId) {
			return new Resolution(staffId, null);
		}

		static Resolution skipped(String reason) {
			return new Resolution(null, reason);
		}

	}

}
