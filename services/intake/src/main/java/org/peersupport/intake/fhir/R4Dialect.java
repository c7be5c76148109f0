package org.peersupport.intake.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AdverseEvent;

import org.peersupport.contracts.events.InvolvementRole;

import org.springframework.stereotype.Component;

/**
 * FHIR R4 (4.0.1): {@code contributor} (and the R5 participant back-ported as an
 * extension), {@code date}, {@code event}, {@code severity}.
 */
@Component
class R4Dialect extends FhirDialect {

	R4Dialect() {
		super("r4", FhirContext.forR4Cached(), "event");
	}

	@Override
	Instant occurredAt(IBaseResource event) {
		return FhirReading.instant(((AdverseEvent) event).getDate());
	}

	@Override
	List<FhirParticipant> participants(FhirTerser terser, IBaseResource resource) {
		AdverseEvent event = (AdverseEvent) resource;
		List<FhirParticipant> participants = new ArrayList<>();
		for (int i = 0; i < event.getContributor().size(); i++) {
			participants.add(new FhirParticipant("contributor[" + i + "]", event.getContributor().get(i), List.of(),
					InvolvementRole.PARTICIPANT));
		}
		participants.addAll(FhirReading.backportedParticipants(terser, event));
		return participants;
	}

	@Override
	List<FhirCode> severity(FhirTerser terser, IBaseResource event) {
		return FhirReading.codes(terser, event, "severity");
	}

}
