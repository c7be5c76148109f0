package org.peersupport.intake.fhir;

import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseReference;

import org.peersupport.contracts.events.InvolvementRole;

/**
 * Someone the AdverseEvent names as taking part, before we know whether they are staff.
 *
 * @param path where in the resource, for messages ({@code participant[1].actor})
 * @param reference the reference to resolve
 * @param function the participation function codes (R5), empty otherwise
 * @param role the role implied by the element when no function says otherwise
 */
record FhirParticipant(String path, IBaseReference reference, List<FhirCode> function, InvolvementRole role) {

	/** Where the function is, for messages ({@code participant[1].function}). */
	String functionPath() {
		return this.path.endsWith(".actor")
				? this.path.substring(0, this.path.length() - ".actor".length()) + ".function"
				: this.path + ".function";
	}

}
