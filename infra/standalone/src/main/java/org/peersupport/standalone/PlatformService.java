package org.peersupport.standalone;

import org.peersupport.dashboard.DashboardApplication;
import org.peersupport.intake.IntakeApplication;
import org.peersupport.matching.MatchingApplication;
import org.peersupport.outreach.OutreachApplication;
import org.peersupport.referral.ReferralApplication;

/** The five services and the ports they listen on by default. */
public enum PlatformService {

	DASHBOARD("dashboard", DashboardApplication.class, 8080), INTAKE("intake", IntakeApplication.class, 8081),
	OUTREACH("outreach", OutreachApplication.class, 8082), MATCHING("matching", MatchingApplication.class, 8083),
	REFERRAL("referral", ReferralApplication.class, 8084);

	private final String id;

	private final Class<?> application;

	private final int defaultPort;

	PlatformService(String id, Class<?> application, int defaultPort) {
		this.id = id;
		this.application = application;
		this.defaultPort = defaultPort;
	}

	String id() {
		return this.id;
	}

	Class<?> application() {
		return this.application;
	}

	int defaultPort() {
		return this.defaultPort;
	}

}
