package org.peersupport.testkit.architecture.sample.outreach.followup;

import org.peersupport.testkit.architecture.sample.outreach.outreachcase.OutreachCase;

public class FollowUps {

	public void cancel(OutreachCase outreachCase) {
	}

}
