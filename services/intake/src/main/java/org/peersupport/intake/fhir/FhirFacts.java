package org.peersupport.intake.fhir;

import java.time.Instant;
import java.util.List;

/**
 * What an AdverseEvent says, read out of R4 or R5 into one shape, before any
 * interpretation. Nothing about the patient, the narrative, notes, suspect entities or
 * supporting information is read at all.
 *
 * @param metaSource {@code meta.source}
 * @param identifierSystem the first identifier's system
 * @param identifierValue the first identifier's value
 * @param resourceId the resource id
 * @param actuality {@code actual} or {@code potential}
 * @param categories category and event/code codings
 * @param occurredAt R4 {@code date} / R5 {@code occurrence[x]}
 * @param detected {@code detected}
 * @param recorded {@code recordedDate}
 * @param location the location's display or name
 * @param seriousness seriousness codings
 * @param severity R4 severity codings
 * @param outcome outcome codings
 * @param harmScale AHRQ harm scale codings (LOINC 74560-4 extension)
 * @param nccMerp NCC MERP category codings (extension)
 * @param participants who took part
 */
record FhirFacts(String metaSource, String identifierSystem, String identifierValue, String resourceId,
		String actuality, List<FhirCode> categories, Instant occurredAt, Instant detected, Instant recorded,
		String location, List<FhirCode> seriousness, List<FhirCode> severity, List<FhirCode> outcome,
		List<FhirCode> harmScale, List<FhirCode> nccMerp, List<FhirParticipant> participants) {
}
