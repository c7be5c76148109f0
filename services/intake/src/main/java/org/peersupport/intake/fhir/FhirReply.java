package org.peersupport.intake.fhir;

import org.peersupport.intake.report.IntakeReceipt;

/**
 * What became of a FHIR request, for the controller to answer in HTTP.
 *
 * @param format the request's encoding, and so the body's
 * @param body the encoded OperationOutcome or response Bundle
 * @param refused whether the request as a whole was refused
 * @param receipt the report a single AdverseEvent became; null for a Bundle or a refusal
 */
public record FhirReply(FhirFormat format, String body, boolean refused, IntakeReceipt receipt) {
}
