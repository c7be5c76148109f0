package org.peersupport.matching.portal;

/** A signed link that cannot be honoured. */
class InvalidLinkException extends RuntimeException {

	/** Why, in the terms the error page explains. */
	enum Reason {

		/** The parameters are missing or not readable. */
		MALFORMED,
		/** The signature does not match: forged, tampered with, or for another action. */
		FORGED,
		/** Genuine, but past its expiry. */
		EXPIRED

	}

	private final Reason reason;

	InvalidLinkException(Reason reason) {
		super("link is " + reason.name().toLowerCase(java.util.Locale.ROOT));
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

}
