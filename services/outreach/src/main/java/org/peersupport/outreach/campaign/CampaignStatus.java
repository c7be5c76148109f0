package org.peersupport.outreach.campaign;

/** Where a campaign stands. */
public enum CampaignStatus {

	/** Opens cases at its pace (or waits for its opening time). */
	ACTIVE,
	/**
	 * Opens nothing until resumed; members named by the directory or by events meanwhile
	 * are still recorded, so resuming picks them up.
	 */
	PAUSED,
	/** A dated campaign whose every member was dealt with. */
	COMPLETED

}
