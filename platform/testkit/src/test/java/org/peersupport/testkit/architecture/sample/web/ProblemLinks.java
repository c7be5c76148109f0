package org.peersupport.testkit.architecture.sample.web;

import org.peersupport.testkit.architecture.sample.intake.report.Report;

/** A sample of the platform knowing a service. */
public class ProblemLinks {

	String linkTo(Report report) {
		return "/reports/" + report.id();
	}

}
