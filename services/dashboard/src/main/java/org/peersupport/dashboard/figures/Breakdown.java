package org.peersupport.dashboard.figures;

/** The dimensions the reach funnel can be broken down by. */
enum Breakdown {

	FACILITY, DEPARTMENT_GROUP, HARM

}
