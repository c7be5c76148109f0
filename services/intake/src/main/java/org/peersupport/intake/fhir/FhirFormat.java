package org.peersupport.intake.fhir;

import java.util.Locale;

/** The two FHIR encodings; the answer uses the one the request used. */
public enum FhirFormat {

	JSON("application/fhir+json"), XML("application/fhir+xml");

	private final String mediaType;

	FhirFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public static FhirFormat of(String contentType) {
		return (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("xml")) ? XML : JSON;
	}

}
