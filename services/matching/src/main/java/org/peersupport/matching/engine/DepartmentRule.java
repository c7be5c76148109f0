package org.peersupport.matching.engine;

/** Which departments a supporter may come from, as the program decided per facility. */
public enum DepartmentRule {

	/** No department rule: any department. The default until a program chooses. */
	ANY,
	/** The clinician's own department (the Brigham model). */
	SAME_DEPARTMENT,
	/** Any other department (the Stanford model). */
	OTHER_DEPARTMENT,
	/**
	 * Whatever the clinician stated in their match preferences; any when they did not.
	 */
	CLINICIAN_CHOICE;

	/** Whether the supporter's department is acceptable for this clinician. */
	public boolean allows(Clinician clinician, Candidate supporter) {
		return switch (this) {
			case ANY -> true;
			case SAME_DEPARTMENT -> sameDepartment(clinician, supporter);
			case OTHER_DEPARTMENT -> !sameDepartment(clinician, supporter);
			case CLINICIAN_CHOICE -> switch (clinician.departmentChoice()) {
				case SAME_DEPARTMENT -> sameDepartment(clinician, supporter);
				case OTHER_DEPARTMENT -> !sameDepartment(clinician, supporter);
				case NO_PREFERENCE -> true;
			};
		};
	}

	/** Unknown departments are never "the same": nobody is matched on a guess. */
	private static boolean sameDepartment(Clinician clinician, Candidate supporter) {
		return clinician.work().department() != null
				&& clinician.work().department().equalsIgnoreCase(supporter.work().department());
	}

}
