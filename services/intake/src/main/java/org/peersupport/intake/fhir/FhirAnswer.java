package org.peersupport.intake.fhir;

/**
 * A FHIR answer, encoded.
 *
 * @param status the HTTP status
 * @param format the encoding
 * @param body the encoded OperationOutcome or Bundle
 * @param location where to follow the report, or null
 */
public record FhirAnswer(int status, FhirFormat format, String body, String location) {
}
