package org.peersupport.outreach.clinician;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What outreach keeps from the staff directory: the role for the eligibility scope, a
 * name for the invitation's salutation, and the role, department and start date that
 * campaigns select their cohorts by.
 *
 * @param staffId the staff id
 * @param name the display name, or null
 * @param role the professional role, or null
 * @param department the department code, or null
 * @param active whether the directory says they are active
 * @param updatedAt when the directory entry last changed
 * @param startedOn when they started their training or employment, or null
 */
public record StaffProfile(String staffId, String name, String role, String department, boolean active,
		Instant updatedAt, LocalDate startedOn) {
}
