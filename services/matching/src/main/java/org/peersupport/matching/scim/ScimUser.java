package org.peersupport.matching.scim;

/**
 * A user as the identity system describes them, validated; what the directory entry holds
 * of it is mapped by {@link ScimUsers}. The staff id is the {@code userName}.
 *
 * @param userName the hospital's staff id
 * @param externalId the identity system's own id for them, or null
 * @param displayName as sent, or null
 * @param givenName as sent, or null
 * @param familyName as sent, or null
 * @param formatted {@code name.formatted} as sent, or null
 * @param email the primary (else the work, else the first) e-mail address, or null
 * @param title the professional role, or null
 * @param department the enterprise extension's department, or null
 * @param managerId the enterprise extension's {@code manager.value}: the line manager's
 * staff id (their SCIM id is their staff id), or null
 * @param active whether they are active
 */
record ScimUser(String userName, String externalId, String displayName, String givenName, String familyName,
		String formatted, String email, String title, String department, String managerId, boolean active) {

	/** The name colleagues know them by: the display name, else the name's parts. */
	String directoryName() {
		if (this.displayName != null) {
			return this.displayName;
		}
		if (this.formatted != null) {
			return this.formatted;
		}
		String joined = ((this.givenName != null ? this.givenName : "") + " "
				+ (this.familyName != null ? this.familyName : ""))
			.strip();
		return joined.isEmpty() ? null : joined;
	}

}
