package org.peersupport.intake.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.AdverseEvent;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.DateTimeType;
import org.hl7.fhir.r5.model.Identifier;
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
		super("r5", FhirContext.forR5Cached());
	}

	@Override
	FhirFacts read(IBaseResource resource, ResourceIndex index) {
		AdverseEvent event = (AdverseEvent) resource;
		FhirTerser terser = context().newTerser();
		List<CodeableConcept> categories = new ArrayList<>(event.getCategory());
		if (event.hasCode()) {
			categories.add(event.getCode());
		}
		List<FhirParticipant> participants = new ArrayList<>();
		for (int i = 0; i < event.getParticipant().size(); i++) {
			AdverseEvent.AdverseEventParticipantComponent participant = event.getParticipant().get(i);
			if (participant.hasActor()) {
				participants.add(new FhirParticipant("participant[" + i + "].actor", participant.getActor(),
						participant.hasFunction() ? FhirCode.of(terser, participant.getFunction()) : List.of(),
						InvolvementRole.PARTICIPANT));
			}
		}
		if (event.hasRecorder()) {
			participants.add(new FhirParticipant("recorder", event.getRecorder(), List.of(), InvolvementRole.REPORTER));
		}
		Identifier identifier = event.getIdentifier().stream().filter(Identifier::hasValue).findFirst().orElse(null);
		return new FhirFacts(event.getMeta().getSource(), (identifier != null) ? identifier.getSystem() : null,
				(identifier != null) ? identifier.getValue() : null, event.getIdElement().getIdPart(),
				event.hasActuality() ? event.getActuality().toCode() : null, FhirReading.codes(terser, categories),
				occurrence(event), FhirReading.instant(event.getDetected()),
				FhirReading.instant(event.getRecordedDate()),
				FhirReading.location(terser, index, event.hasLocation() ? event.getLocation() : null),
				event.hasSeriousness() ? FhirCode.of(terser, event.getSeriousness()) : List.of(), List.of(),
				FhirReading.codes(terser, event.getOutcome()),
				FhirReading.extensionCodes(terser, event, FhirReading.AHRQ_HARM_EXTENSION),
				FhirReading.extensionCodes(terser, event, FhirReading.NCC_MERP_EXTENSION), participants);
	}

	private static Instant occurrence(AdverseEvent event) {
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

}
