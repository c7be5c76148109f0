package org.peersupport.contracts.events;

/** Where a clinician asking for a check-in would like their supporter to come from. */
public enum DepartmentPreference {

	SAME_DEPARTMENT, OTHER_DEPARTMENT

}
