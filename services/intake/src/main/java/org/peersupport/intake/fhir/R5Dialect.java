package org.peersupport.intake.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.AdverseEvent;
import org.hl7.fhir.r5.model.AdverseEvent.AdverseEventParticipantComponent;
import org.hl7.fhir.r5.model.DateTimeType;
import org.hl7.fhir.r5.model.Period;
import org.hl7.fhir.r5.model.Timing;

import org.peersupport.contracts.events.InvolvementRole;

import org.springframework.stereotype.Component;

/**
 * FHIR R5 (5.0.0): {@code participant[]} with a function, {@code occurrence[x]},
 * {@code code}.
 */
@Component
class R5Dialect extends FhirDialect {

	R5Dialect() {
		super("r5", FhirContext.forR5Cached(), "code");
	}

	@Override
	Instant occurredAt(IBaseResource resource) {
		AdverseEvent event = (AdverseEvent) resource;
		if (event.getOccurrence() instanceof DateTimeType dateTime) {
			return FhirReading.instant(dateTime.getValue());
		}
		if (event.getOccurrence() instanceof Period period) {
			return FhirReading.instant(period.getStart());
		}
		if (event.getOccurrence() instanceof Timing timing && !timing.getEvent().isEmpty()) {
			return FhirReading.instant(timing.getEvent().get(0).getValue());
		}
		return null;
	}

	@Override
	List<FhirParticipant> participants(FhirTerser terser, IBaseResource resource) {
		AdverseEvent event = (AdverseEvent) resource;
		List<FhirParticipant> participants = new ArrayList<>();
		for (int i = 0; i < event.getParticipant().size(); i++) {
			AdverseEventParticipantComponent participant = event.getParticipant().get(i);
			if (participant.hasActor()) {
				participants.add(new FhirParticipant("participant[" + i + "].actor", participant.getActor(),
						participant.hasFunction() ? FhirCode.of(terser, participant.getFunction()) : List.of(),
						InvolvementRole.PARTICIPANT));
			}
		}
		return participants;
	}

}
