package org.peersupport.intake.fhir;

import java.util.HashMap;
import java.util.Map;

import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;

/**
 * The resources a reference may point to: the entries of the Bundle it came in (by
 * fullUrl and by {@code Type/id}), and the resource's contained resources.
 */
final class ResourceIndex {

	private final Map<String, IBaseResource> byReference = new HashMap<>();

	static ResourceIndex empty() {
		return new ResourceIndex();
	}

	static ResourceIndex ofBundle(FhirTerser terser, IBaseResource bundle) {
		ResourceIndex index = new ResourceIndex();
		for (IBase entry : terser.getValues(bundle, "entry")) {
			IBaseResource resource = terser.getSingleValueOrNull(entry, "resource", IBaseResource.class);
			if (resource == null) {
				continue;
			}
			String fullUrl = terser.getSinglePrimitiveValueOrNull(entry, "fullUrl");
			if (fullUrl != null) {
				index.byReference.put(fullUrl, resource);
			}
			IIdType id = resource.getIdElement();
			if (id != null && id.hasIdPart()) {
				index.byReference.put(resource.fhirType() + "/" + id.getIdPart(), resource);
			}
		}
		return index;
	}

	IBaseResource resolve(IBaseReference reference) {
		if (reference.getResource() != null) {
			return reference.getResource();
		}
		IIdType target = reference.getReferenceElement();
		if (target == null || target.getValue() == null) {
			return null;
		}
		IBaseResource found = this.byReference.get(target.getValue());
		if (found == null && target.hasResourceType() && target.hasIdPart()) {
			found = this.byReference.get(target.getResourceType() + "/" + target.getIdPart());
		}
		return found;
	}

}
