package org.peersupport.dashboard.figures;

/**
 * The dimensions the reach funnel can be broken down by. The source is how the case
 * started: an incident, the clinician's own request, a colleague's word, a campaign.
 */
enum Breakdown {

	FACILITY, DEPARTMENT_GROUP, HARM, SOURCE

}
