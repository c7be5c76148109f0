package org.peersupport.outreach.outreachcase;

import java.util.List;

import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.outreach.policy.OutreachPolicy;

/**
 * Told of every event once its cases are opened, in the same transaction, so a team
 * debrief can be proposed beside them. Implemented by the debrief feature, which depends
 * on cases and not the other way round.
 */
public interface TeamDebriefProposals {

	/**
	 * @param touched the event's cases, in staff id order
	 */
	void consider(AdverseEventReported event, OutreachPolicy policy, List<OutreachCase> touched);

}
