package org.peersupport.outreach.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.peersupport.outreach.clinician.StaffProfile;

/**
 * Who a campaign reaches, from the staff directory: everyone whose role, department and
 * start date match every criterion given, or an explicit list of staff ids. Roles and
 * departments compare without regard to case.
 *
 * @param roles the roles, or empty for any
 * @param departments the departments, or empty for any
 * @param startedFrom the earliest start date, or null
 * @param startedUntil the latest start date, or null
 * @param staffIds an explicit list, or empty
 */
public record Cohort(Set<String> roles, Set<String> departments, LocalDate startedFrom, LocalDate startedUntil,
		List<String> staffIds) {

	/** The trainee roles a first-patient-death campaign watches when it names none. */
	static final Set<String> TRAINEES = Set.of("RESIDENT", "INTERN");

	public Cohort {
		roles = upper(roles);
		departments = upper(departments);
		staffIds = List.copyOf(staffIds);
	}

	/** Whether the cohort is an explicit list rather than directory criteria. */
	public boolean isExplicit() {
		return !this.staffIds.isEmpty();
	}

	/** Whether the cohort names nobody and no criterion: everyone. */
	boolean isEmpty() {
		return this.roles.isEmpty() && this.departments.isEmpty() && this.startedFrom == null
				&& this.startedUntil == null && this.staffIds.isEmpty();
	}

	/** Whether a directory profile belongs to the cohort. */
	public boolean includes(StaffProfile profile) {
		if (isExplicit()) {
			return this.staffIds.contains(profile.staffId());
		}
		return hasRole(profile.role()) && matches(this.departments, profile.department()) && startedInRange(profile);
	}

	/** Whether a role is one of the cohort's, or the cohort names none. */
	boolean hasRole(String role) {
		return matches(this.roles, role);
	}

	/**
	 * Whether someone with this directory profile (or none) passes the role and
	 * department criteria.
	 */
	boolean admits(StaffProfile profile) {
		return (profile != null) ? hasRole(profile.role()) && matches(this.departments, profile.department())
				: this.roles.isEmpty() && this.departments.isEmpty();
	}

	private boolean startedInRange(StaffProfile profile) {
		if (this.startedFrom == null && this.startedUntil == null) {
			return true;
		}
		LocalDate started = profile.startedOn();
		return started != null && (this.startedFrom == null || !started.isBefore(this.startedFrom))
				&& (this.startedUntil == null || !started.isAfter(this.startedUntil));
	}

	private static boolean matches(Set<String> wanted, String value) {
		return wanted.isEmpty() || (value != null && wanted.contains(value.toUpperCase(Locale.ROOT)));
	}

	private static Set<String> upper(Set<String> values) {
		return values.stream().map((v) -> v.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
	}

}
