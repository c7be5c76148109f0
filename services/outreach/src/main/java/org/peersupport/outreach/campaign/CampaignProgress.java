package org.peersupport.outreach.campaign;

/**
 * A campaign's progress, as counts only: never who.
 *
 * @param members everyone the campaign enrolled
 * @param waiting members not yet due, or due and waiting for the pace
 * @param opened members for whom the campaign opened a case
 * @param joined members who had an open case already, which stands for the campaign's
 * check-in
 * @param optedOut members counted but not contacted: they opted out
 * @param outOfScope members counted but not contacted: outside the program's scope
 * @param offered opened cases offered to a supporter
 * @param accepted opened cases a supporter accepted
 * @param reached opened cases whose clinician a supporter reached
 * @param declined opened cases whose clinician declined the check-in
 */
public record CampaignProgress(int members, int waiting, int opened, int joined, int optedOut, int outOfScope,
		int offered, int accepted, int reached, int declined) {
}
