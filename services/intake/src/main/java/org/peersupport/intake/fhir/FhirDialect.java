package org.peersupport.intake.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * What differs between FHIR versions: the context and how an AdverseEvent is laid out.
 */
interface FhirDialect {

	/** {@code r4} or {@code r5}, as in the URL. */
	String version();

	FhirContext context();

	/** Reads an AdverseEvent of this version, resolving references through the index. */
	FhirFacts read(IBaseResource adverseEvent, ResourceIndex index);

}
