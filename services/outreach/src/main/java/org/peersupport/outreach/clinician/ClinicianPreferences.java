package org.peersupport.outreach.clinician;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A clinician's own wishes about outreach.
 *
 * @param staffId the clinician
 * @param contactFrom start of the daily window in which they may be contacted, or null
 * for any time
 * @param contactUntil end of that window, or null
 * @param timeZone the zone of the window, or null for the facility's
 * @param channel how they prefer to be invited
 * @param optedOut whether they opted out of outreach
 * @param updatedAt when they last changed this
 */
public record ClinicianPreferences(String staffId, LocalTime contactFrom, LocalTime contactUntil, ZoneId timeZone,
		Channel channel, boolean optedOut, Instant updatedAt) {

	public static ClinicianPreferences defaults(String staffId) {
		return new ClinicianPreferences(staffId, null, null, null, Channel.EMAIL, false, null);
	}

	public boolean hasContactWindow() {
		return this.contactFrom != null && this.contactUntil != null;
	}

}
