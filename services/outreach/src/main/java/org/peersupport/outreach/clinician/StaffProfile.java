package org.peersupport.outreach.clinician;

import java.time.Instant;

/**
 * What outreach keeps from the staff directory: the role for the eligibility scope, and a
 * name for the invitation's salutation.
 */
public record StaffProfile(String staffId, String name, String role, String department, boolean active,
		Instant updatedAt) {
}
