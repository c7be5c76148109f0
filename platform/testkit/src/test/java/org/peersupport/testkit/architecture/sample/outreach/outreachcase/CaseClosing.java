package org.peersupport.testkit.architecture.sample.outreach.outreachcase;

import org.peersupport.testkit.architecture.sample.outreach.escalation.Escalations;
import org.peersupport.testkit.architecture.sample.outreach.followup.FollowUps;

/** Closing a case calls into the two features that also use {@link OutreachCase}. */
public class CaseClosing {

	void close(OutreachCase outreachCase, Escalations escalations, FollowUps followUps) {
		escalations.resolve(outreachCase);
		followUps.cancel(outreachCase);
	}

}
