package org.peersupport.outreach.campaign;

/**
 * The built-in campaigns: the known moments when support needs rise. Two pick their
 * cohort from the staff directory; two are started, one person at a time, by what intake
 * reports.
 */
public enum CampaignKind {

	/**
	 * The start of residency or a new job: each member is due {@code offset} after their
	 * directory {@code startedOn}; people who appear in the directory later are picked up
	 * when they do.
	 */
	TRAINING_START(true),
	/**
	 * A known date, such as the weeks before board exams: every member is due when the
	 * campaign opens.
	 */
	ON_DATE(true),
	/**
	 * A trainee's first patient death: a trainee (a cohort role) who is the PRIMARY
	 * person involved in an actual event with harm DEATH or category PATIENT_DEATH is due
	 * {@code offset} after intake received it.
	 */
	FIRST_PATIENT_DEATH(false),
	/**
	 * A claim or lawsuit: everyone involved in the incident a CLAIM_FILED milestone names
	 * is due {@code offset} after the claim.
	 */
	CLAIM_FILED(false);

	private final boolean fromDirectory;

	CampaignKind(boolean fromDirectory) {
		this.fromDirectory = fromDirectory;
	}

	/** Whether the cohort comes from the directory (else events name its members). */
	public boolean fromDirectory() {
		return this.fromDirectory;
	}

	/** Whether members are due some time after their own moment. */
	public boolean hasOffset() {
		return this != ON_DATE;
	}

}
