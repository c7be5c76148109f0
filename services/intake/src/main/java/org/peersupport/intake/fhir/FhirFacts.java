package org.peersupport.intake.fhir;

import java.time.Instant;
import java.util.List;

/**
 * What an AdverseEvent says, read out of R4 or R5 into one shape, before any
 * interpretation. Nothing about the patient, the narrative, notes, suspect entities or
 * supporting information is read at all; nor is {@code meta.source}, which is the
 * sender's word and never decides whose report it is.
 *
 * @param key what identifies the report
 * @param actuality {@code actual} or {@code potential}
 * @param categories category and event/code codings
 * @param times when it happened, was noticed and was written down
 * @param location the location's display or name
 * @param harm the codings that say how bad it was
 * @param participants who took part
 */
record FhirFacts(Key key, String actuality, List<FhirCode> categories, Times times, String location, Harm harm,
		List<FhirParticipant> participants) {

	/**
	 * @param identifierValue the first identifier value that is not blank
	 * @param resourceId the resource id
	 */
	record Key(String identifierValue, String resourceId) {
	}

	/**
	 * @param occurredAt R4 {@code date} / R5 {@code occurrence[x]}
	 * @param detected {@code detected}
	 * @param recorded {@code recordedDate}
	 */
	record Times(Instant occurredAt, Instant detected, Instant recorded) {
	}

	/**
	 * @param seriousness seriousness codings
	 * @param severity R4 severity codings
	 * @param outcome outcome codings
	 * @param harmScale AHRQ harm scale codings (LOINC 74560-4 extension)
	 * @param nccMerp NCC MERP category codings (extension)
	 */
	record Harm(List<FhirCode> seriousness, List<FhirCode> severity, List<FhirCode> outcome, List<FhirCode> harmScale,
			List<FhirCode> nccMerp) {
	}

}
