package org.peersupport.referral.catalog;

/**
 * The resource changed since the caller read it: its version is no longer the one
 * expected.
 */
public class StaleVersionException extends RuntimeException {

	private final long currentVersion;

	StaleVersionException(String code, long expected, long currentVersion) {
		super("resource " + code + " is at version " + currentVersion + ", not " + expected
				+ "; read it again and reapply the change");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
