package org.peersupport.referral.api;

/** An {@code If-Match} that no longer matches the current version (412). */
class PreconditionFailedException extends RuntimeException {

	private final long currentVersion;

	PreconditionFailedException(String message, long currentVersion) {
		super(message);
		this.currentVersion = currentVersion;
	}

	long currentVersion() {
		return this.currentVersion;
	}

}
