package org.peersupport.intake.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * What differs between FHIR versions: the context and how an AdverseEvent is laid out.
 */
abstract class FhirDialect {

	private final String version;

	private final FhirContext context;

	FhirDialect(String version, FhirContext context) {
		this.version = version;
		this.context = context;
	}

	/** {@code r4} or {@code r5}, as in the URL. */
	String version() {
		return this.version;
	}

	FhirContext context() {
		return this.context;
	}

	/** Reads an AdverseEvent of this version, resolving references through the index. */
	abstract FhirFacts read(IBaseResource adverseEvent, ResourceIndex index);

}
