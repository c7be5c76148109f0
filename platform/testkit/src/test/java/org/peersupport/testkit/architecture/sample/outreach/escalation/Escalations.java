package org.peersupport.testkit.architecture.sample.outreach.escalation;

import org.peersupport.testkit.architecture.sample.outreach.outreachcase.OutreachCase;

public class Escalations {

	public void resolve(OutreachCase outreachCase) {
	}

}
