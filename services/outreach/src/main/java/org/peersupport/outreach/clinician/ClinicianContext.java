package org.peersupport.outreach.clinician;

/**
 * Everything known about a clinician that bears on when and whether to contact them. Each
 * part may be missing: a clinician with no preferences, no shift record or no directory
 * entry is contacted by the facility's rules alone.
 */
public record ClinicianContext(ClinicianPreferences preferences, Shift shift, StaffProfile profile) {

	public static ClinicianContext none(String staffId) {
		return new ClinicianContext(ClinicianPreferences.defaults(staffId), null, null);
	}

	public String role() {
		return (this.profile != null) ? this.profile.role() : null;
	}

	public boolean optedOut() {
		return this.preferences.optedOut();
	}

}
