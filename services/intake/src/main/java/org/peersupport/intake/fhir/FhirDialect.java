package org.peersupport.intake.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;

import org.peersupport.contracts.events.InvolvementRole;

/**
 * One FHIR version: its context, and how its AdverseEvent is laid out. The elements R4
 * and R5 share are read here, by name, with the version-neutral terser; a subclass reads
 * only what its version does differently.
 */
abstract class FhirDialect {

	private static final Set<String> STAFF_TYPES = Set.of("Practitioner", "PractitionerRole");

	private final String version;

	private final FhirContext context;

	private final String eventCode;

	/**
	 * @param eventCode the element that codes the event itself: R4 {@code event}, R5
	 * {@code code}
	 */
	FhirDialect(String version, FhirContext context, String eventCode) {
		this.version = version;
		this.context = context;
		this.eventCode = eventCode;
	}

	/** {@code r4} or {@code r5}, as in the URL. */
	String version() {
		return this.version;
	}

	FhirContext context() {
		return this.context;
	}

	/** Reads an AdverseEvent of this version, resolving references through the index. */
	final FhirFacts read(IBaseResource event, ResourceIndex index) {
		FhirTerser terser = this.context.newTerser();
		List<FhirCode> categories = FhirReading.codes(terser, event, "category");
		categories.addAll(FhirReading.codes(terser, event, this.eventCode));
		List<FhirParticipant> participants = new ArrayList<>();
		IBaseReference staffSubject = staffSubject(terser, event, index);
		if (staffSubject != null) {
			// The one the event happened to (an assault on a phlebotomist) is the one
			// most
			// in need of support.
			participants.add(new FhirParticipant("subject", staffSubject, List.of(), InvolvementRole.PRIMARY));
		}
		participants.addAll(participants(terser, event));
		IBaseReference recorder = FhirReading.reference(terser, event, "recorder");
		if (recorder != null) {
			participants.add(new FhirParticipant("recorder", recorder, List.of(), InvolvementRole.REPORTER));
		}
		FhirFacts.Times times = new FhirFacts.Times(occurredAt(event), FhirReading.instant(terser, event, "detected"),
				FhirReading.instant(terser, event, "recordedDate"));
		FhirFacts.Harm harm = new FhirFacts.Harm(FhirReading.codes(terser, event, "seriousness"),
				severity(terser, event), FhirReading.codes(terser, event, "outcome"),
				FhirReading.extensionCodes(terser, event, FhirReading.AHRQ_HARM_EXTENSION),
				FhirReading.extensionCodes(terser, event, FhirReading.NCC_MERP_EXTENSION));
		return new FhirFacts(new FhirFacts.Key(identifierValue(terser, event), event.getIdElement().getIdPart()),
				actuality(terser, event), categories, times,
				FhirReading.location(terser, index, FhirReading.reference(terser, event, "location")), harm,
				participants);
	}

	/**
	 * The subject, when it is a member of staff: R4 and R5 both allow a Practitioner as
	 * the subject. Told by the type alone, from the resolved resource, the reference or
	 * its {@code type}: a Patient subject is never read any further, and a logical
	 * reference with no type is taken for the patient it usually is.
	 */
	private static IBaseReference staffSubject(FhirTerser terser, IBaseResource event, ResourceIndex index) {
		IBaseReference subject = FhirReading.reference(terser, event, "subject");
		if (subject == null) {
			return null;
		}
		IBaseResource target = index.resolve(subject);
		String type = (target != null) ? target.fhirType()
				: (subject.getReferenceElement() != null && subject.getReferenceElement().hasResourceType())
						? subject.getReferenceElement().getResourceType()
						: terser.getSinglePrimitiveValueOrNull(subject, "type");
		// Reference.type may be the full StructureDefinition URL or just its last
		// segment.
		return (type != null && STAFF_TYPES.contains(type.substring(type.lastIndexOf('/') + 1))) ? subject : null;
	}

	/** When it happened: the element differs between versions. */
	abstract Instant occurredAt(IBaseResource event);

	/**
	 * Who took part, in the order the resource names them; a staff subject comes first
	 * and the recorder last.
	 */
	abstract List<FhirParticipant> participants(FhirTerser terser, IBaseResource event);

	/** Severity codings, an element only R4 has. */
	List<FhirCode> severity(FhirTerser terser, IBaseResource event) {
		return List.of();
	}

	/**
	 * R4 has one identifier, R5 a list: either way, the first value that is not blank.
	 */
	private static String identifierValue(FhirTerser terser, IBaseResource event) {
		for (IBase identifier : terser.getValues(event, "identifier")) {
			String value = terser.getSinglePrimitiveValueOrNull(identifier, "value");
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	/**
	 * The actuality code. A code the version does not know has no value after lenient
	 * parsing: the resource is then refused as uninterpretable, since whether it is a
	 * near miss cannot be told.
	 */
	private static String actuality(FhirTerser terser, IBaseResource event) {
		IPrimitiveType<?> actuality = terser.getSingleValueOrNull(event, "actuality", IPrimitiveType.class);
		if (actuality == null || actuality.isEmpty()) {
			return null;
		}
		if (actuality.getValue() == null) {
			throw new IllegalArgumentException("unknown actuality code");
		}
		return actuality.getValueAsString();
	}

}
