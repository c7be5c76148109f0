package org.peersupport.intake.fhir;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.CodeableConcept;

import org.peersupport.contracts.events.InvolvementRole;

import org.springframework.stereotype.Component;

/**
 * FHIR R4 (4.0.1): {@code contributor}, {@code recorder}, {@code date}, {@code event}.
 */
@Component
class R4Dialect extends FhirDialect {

	R4Dialect() {
		super("r4", FhirContext.forR4Cached());
	}

	@Override
	FhirFacts read(IBaseResource resource, ResourceIndex index) {
		AdverseEvent event = (AdverseEvent) resource;
		FhirTerser terser = context().newTerser();
		List<CodeableConcept> categories = new ArrayList<>(event.getCategory());
		if (event.hasEvent()) {
			categories.add(event.getEvent());
		}
		List<FhirParticipant> participants = new ArrayList<>();
		for (int i = 0; i < event.getContributor().size(); i++) {
			participants.add(new FhirParticipant("contributor[" + i + "]", event.getContributor().get(i), List.of(),
					InvolvementRole.PARTICIPANT));
		}
		participants.addAll(FhirReading.backportedParticipants(terser, event));
		if (event.hasRecorder()) {
			participants.add(new FhirParticipant("recorder", event.getRecorder(), List.of(), InvolvementRole.REPORTER));
		}
		return new FhirFacts(event.getMeta().getSource(),
				event.hasIdentifier() ? event.getIdentifier().getSystem() : null,
				event.hasIdentifier() ? event.getIdentifier().getValue() : null, event.getIdElement().getIdPart(),
				event.hasActuality() ? event.getActuality().toCode() : null, FhirReading.codes(terser, categories),
				FhirReading.instant(event.getDate()), FhirReading.instant(event.getDetected()),
				FhirReading.instant(event.getRecordedDate()),
				FhirReading.location(terser, index, event.hasLocation() ? event.getLocation() : null),
				codes(terser, event.hasSeriousness() ? event.getSeriousness() : null),
				codes(terser, event.hasSeverity() ? event.getSeverity() : null),
				codes(terser, event.hasOutcome() ? event.getOutcome() : null),
				FhirReading.extensionCodes(terser, event, FhirReading.AHRQ_HARM_EXTENSION),
				FhirReading.extensionCodes(terser, event, FhirReading.NCC_MERP_EXTENSION), participants);
	}

	private static List<FhirCode> codes(FhirTerser terser, CodeableConcept concept) {
		return (concept != null) ? FhirCode.of(terser, concept) : List.of();
	}

}
