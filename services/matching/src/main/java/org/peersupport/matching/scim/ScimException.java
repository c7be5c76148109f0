package org.peersupport.matching.scim;

/**
 * A refusal as RFC 7644 §3.12 words it: the HTTP status, the SCIM {@code scimType} (for a
 * 400 or 409) and a detail that names the attribute.
 */
class ScimException extends RuntimeException {

	private final int status;

	private final String scimType;

	ScimException(int status, String scimType, String detail) {
		super(detail);
		this.status = status;
		this.scimType = scimType;
	}

	int status() {
		return this.status;
	}

	/** The SCIM error type, or null where the RFC defines none (404). */
	String scimType() {
		return this.scimType;
	}

	static ScimException invalidValue(String detail) {
		return new ScimException(400, "invalidValue", detail);
	}

	static ScimException invalidSyntax(String detail) {
		return new ScimException(400, "invalidSyntax", detail);
	}

	static ScimException invalidPath(String detail) {
		return new ScimException(400, "invalidPath", detail);
	}

	static ScimException invalidFilter(String detail) {
		return new ScimException(400, "invalidFilter", detail);
	}

	static ScimException mutability(String detail) {
		return new ScimException(400, "mutability", detail);
	}

	static ScimException uniqueness(String detail) {
		return new ScimException(409, "uniqueness", detail);
	}

	static ScimException notFound(String detail) {
		return new ScimException(404, null, detail);
	}

}
